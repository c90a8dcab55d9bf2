package health.staffing.security.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SCIM 2.0 Users endpoint over real HTTP, as Entra ID and Okta call it: bearer token, create (for an
 * employee HR already sent and for one it has not), look up by userName, conflicts, Entra's string-valued
 * PATCH, and DELETE that deactivates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag("e2e") // with the browser journeys, whose running portal it shares: started in the main test JVM, a second
            // web application would swap Spring Security's global context-holder strategy under the other tests
class ScimUsersIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${portal.scim.token}")
    String token;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void without_the_token_every_request_is_refused_with_a_scim_error() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/scim/v2/Users")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = send("GET", "/scim/v2/Users", null, "not-the-token-at-all-0123456789abcdef");

        for (HttpResponse<String> refused : java.util.List.of(none, wrong)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    header -> assertThat(header).startsWith("Bearer"));
            assertThat(json(refused).path("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        }
        assertThat(send("POST", "/scim/v2/Users", newPerson("intruder@staffing.example.org", "S-900099"),
                "wrong").statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from app_user where username = 'intruder@staffing.example.org'")).isZero();
    }

    @Test
    void a_person_hr_has_not_sent_yet_is_provisioned_with_their_employee_record_and_found_by_user_name() throws Exception {
        HttpResponse<String> created = send("POST", "/scim/v2/Users",
                newPerson("kwame.asante@staffing.example.org", "S-900001"), token);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode user = json(created);
        String id = user.path("id").asString();
        assertThat(created.headers().firstValue("Location")).contains(uri("/scim/v2/Users/" + id).toString());
        assertThat(user.path("userName").asString()).isEqualTo("kwame.asante@staffing.example.org");
        assertThat(user.path("active").asBoolean()).isTrue();
        assertThat(user.path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").path("employeeNumber")
                .asString()).isEqualTo("S-900001");
        assertThat(jdbc.sql("select u.source, e.employee_number from app_user u join employee e on e.id = u.employee_id"
                + " where u.id = :id").param("id", Long.parseLong(id)).query().singleRow())
                .containsEntry("source", "SCIM").containsEntry("employee_number", "S-900001");
        assertThat(count("select count(*) from audit_event where action = 'PROVISIONED' and actor = 'scim-provisioning'"
                + " and entity_id = '" + id + "'")).isOne();

        HttpResponse<String> lookup = send("GET", "/scim/v2/Users?filter=" + URLEncoder.encode(
                "userName eq \"Kwame.Asante@staffing.example.org\"", StandardCharsets.UTF_8), null, token);
        assertThat(lookup.statusCode()).isEqualTo(200);
        JsonNode found = json(lookup);
        assertThat(found.path("totalResults").asInt()).isOne();
        assertThat(found.path("Resources").get(0).path("id").asString()).isEqualTo(id);
        assertThat(json(send("GET", "/scim/v2/Users/" + id, null, token)).path("displayName").asString())
                .isEqualTo("Kwame Asante");
        assertThat(json(send("GET", "/scim/v2/Users?filter=" + URLEncoder.encode("userName eq \"nobody@x.org\"",
                StandardCharsets.UTF_8), null, token)).path("totalResults").asInt()).isZero();
    }

    @Test
    void an_employee_hr_sent_gets_an_account_matched_by_employee_number_and_twice_is_a_conflict() throws Exception {
        HttpResponse<String> created = send("POST", "/scim/v2/Users", person("grace.whitaker@staffing.example.org",
                "Grace", "Whitaker", "grace.whitaker@staffing.example.org", "400005"), token);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).path("displayName").asString()).isEqualTo("Grace Whitaker, DO");

        HttpResponse<String> again = send("POST", "/scim/v2/Users", person("gwhitaker", "Grace", "Whitaker",
                "grace.whitaker@staffing.example.org", "400005"), token);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("scimType").asString()).isEqualTo("uniqueness");
        assertThat(json(again).path("detail").asString()).contains("already has the account");

        HttpResponse<String> sameName = send("POST", "/scim/v2/Users", person("recruiter", "Sam", "Patel",
                "sam.patel@staffing.example.org", "100012"), token);
        assertThat(sameName.statusCode()).isEqualTo(409);
    }

    @Test
    void entra_style_patch_deactivates_and_delete_deactivates_without_losing_the_account() throws Exception {
        String id = json(send("POST", "/scim/v2/Users", newPerson("lena.fischer@staffing.example.org", "S-900002"), token))
                .path("id").asString();

        HttpResponse<String> patched = send("PATCH", "/scim/v2/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""", token);
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json(patched).path("active").asBoolean()).isFalse();
        assertThat(enabled(id)).isFalse();

        send("PATCH", "/scim/v2/Users/" + id, """
                {"Operations":[{"op":"replace","value":{"active":true,"displayName":"Lena Fischer, MD"}}]}""", token);
        assertThat(enabled(id)).isTrue();

        assertThat(send("DELETE", "/scim/v2/Users/" + id, null, token).statusCode()).isEqualTo(204);
        assertThat(enabled(id)).isFalse();
        assertThat(json(send("GET", "/scim/v2/Users/" + id, null, token)).path("displayName").asString())
                .isEqualTo("Lena Fischer, MD");
    }

    @Test
    void bad_requests_get_scim_errors_and_change_nothing() throws Exception {
        HttpResponse<String> noNumber = send("POST", "/scim/v2/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"no.number@staffing.example.org",
                 "name":{"givenName":"No","familyName":"Number"},"emails":[{"value":"no.number@staffing.example.org"}]}""",
                token);
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(json(noNumber).path("scimType").asString()).isEqualTo("invalidValue");
        assertThat(json(noNumber).path("detail").asString()).contains("employeeNumber");

        HttpResponse<String> badName = send("POST", "/scim/v2/Users", newPerson("Bad Name!", "S-900003"), token);
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from employee where employee_number = 'S-900003'")).isZero();

        HttpResponse<String> badFilter = send("GET", "/scim/v2/Users?filter=" + URLEncoder.encode("emails co \"x\"",
                StandardCharsets.UTF_8), null, token);
        assertThat(badFilter.statusCode()).as(badFilter.body()).isEqualTo(400);
        assertThat(json(badFilter).path("scimType").asString()).isEqualTo("invalidFilter");

        assertThat(send("GET", "/scim/v2/Users/999999999", null, token).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/scim/v2/Users/abc", null, token).statusCode()).isEqualTo(404);
        assertThat(send("PATCH", "/scim/v2/Users/999999999", "{\"Operations\":[]}", token).statusCode()).isEqualTo(404);
    }

    private static String newPerson(String userName, String employeeNumber) {
        String[] names = userName.split("@")[0].split("\\.");
        String given = names.length > 1 ? capitalised(names[0]) : "Bad";
        String family = names.length > 1 ? capitalised(names[1]) : "Name";
        return person(userName, given, family, userName.contains("@") ? userName : "bad.name@staffing.example.org",
                employeeNumber);
    }

    private static String person(String userName, String given, String family, String email, String employeeNumber) {
        return JSON.writeValueAsString(Map.of(
                "schemas", java.util.List.of("urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                "userName", userName, "active", true,
                "name", Map.of("givenName", given, "familyName", family),
                "emails", java.util.List.of(Map.of("value", email, "type", "work", "primary", true)),
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", Map.of("employeeNumber", employeeNumber)));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private boolean enabled(String id) {
        return jdbc.sql("select enabled from app_user where id = :id").param("id", Long.parseLong(id))
                .query(Boolean.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
