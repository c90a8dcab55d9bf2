package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the portal answers to plain HTTP, as a script, a monitor or a scanner sees it: each demo
 * user opens every route without parameters and gets 200 where {@code docs/access.md} opens it and
 * 403 elsewhere (always with the portal's page, never an empty body); unknown addresses and
 * malformed ids are 404; an anonymous visitor is sent to sign in; and every answer carries the
 * security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HttpAnswersIT {

    static final Map<String, String> DEMO_USERS = Map.of(AppRoles.CAREGIVER, "caregiver", AppRoles.HIRING_MANAGER,
            "manager", AppRoles.RECRUITER, "recruiter", AppRoles.CMO_OFFICE, "cmo", AppRoles.FINANCE, "finance",
            AppRoles.ADMIN, "admin");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_role_gets_200_where_the_table_opens_a_route_and_403_with_the_portals_page_elsewhere() throws Exception {
        AccessTable table = AccessTable.read();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var user : DEMO_USERS.entrySet()) {
            HttpClient client = signedIn(user.getValue());
            Set<String> held = new HashSet<>(List.of(AppRoles.CAREGIVER, user.getKey())); // every demo user is a caregiver
            for (AccessTable.RouteRule rule : table.routes) {
                if (rule.route().contains(":") || rule.signedOut()) {
                    continue;
                }
                HttpResponse<String> answer = get(client, "/" + rule.route());
                int expected = rule.openTo(held) ? 200 : 403;
                checked++;
                if (answer.statusCode() != expected || !answer.body().contains("<html")) {
                    wrong.add(user.getValue() + " /" + rule.route() + ": " + answer.statusCode() + ", expected " + expected);
                }
            }
        }
        System.out.printf("HTTP answers: %d route checks for %d demo users%n", checked, DEMO_USERS.size());
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void unknown_addresses_and_malformed_ids_are_404_with_the_portals_page() throws Exception {
        HttpClient client = signedIn("recruiter");
        for (String path : List.of("/nope", "/requisitions/abc", "/requisitions/-1", "/candidates/-1", "/jobs/%27%22",
                "/reviews/99999999999999999999x", "/admin/nothing")) {
            HttpResponse<String> answer = get(client, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("<html");
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_and_the_sign_in_page_answers_200() throws Exception {
        HttpClient anonymous = client();
        for (String path : List.of("/", "/admin", "/requisitions", "/nope")) {
            HttpResponse<String> answer = get(anonymous, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(get(anonymous, "/login").statusCode()).isEqualTo(200);
    }

    @Test
    void pages_redirects_and_resources_carry_the_security_headers() throws Exception {
        HttpClient client = signedIn("caregiver");
        for (HttpResponse<String> answer : List.of(get(client(), "/login"), get(client(), "/admin"), get(client, "/jobs"),
                get(client, "/nope"), get(client, "/styles.css"))) {
            var headers = answer.headers();
            String where = answer.uri().getPath() + " (" + answer.statusCode() + ")";
            assertThat(headers.firstValue("Content-Security-Policy")).as(where).contains(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Frame-Options")).as(where).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(where).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(where).contains(SecurityConfig.PERMISSIONS_POLICY);
        }
    }

    @Test
    void signing_in_gives_a_new_session_id_so_a_planted_one_is_worthless() throws Exception {
        HttpClient client = client();
        CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
        get(client, "/login");
        String before = sessionId(cookies);

        signIn(client, "finance", "leadership-demo");

        assertThat(before).isNotNull();
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void five_wrong_passwords_pause_the_user_name_and_every_attempt_is_in_the_audit_trail() throws Exception {
        long auditedBefore = signInEvents("pophealth");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(client(), "pophealth", "not-her-password-" + i)).contains("error");
        }
        // The right password no longer works while the pause lasts, and says no more than a wrong one.
        assertThat(signIn(client(), "pophealth", "leadership-demo")).contains("error");

        assertThat(jdbc.sql("select action from audit_event where entity_type = 'SignIn' and actor = 'pophealth'"
                + " order by id").query(String.class).list()).endsWith("SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_PAUSED");
        assertThat(signInEvents("pophealth") - auditedBefore).isEqualTo(6);
        // Another person at the same address is not paused by her failures (5 < 20), and is recorded too.
        assertThat(signIn(client(), "talent", "leadership-demo")).doesNotContain("error");
        assertThat(jdbc.sql("select after_state from audit_event where entity_type = 'SignIn' and actor = 'talent'"
                + " and action = 'SIGNED_IN'").query(String.class).list()).isNotEmpty()
                .allSatisfy(detail -> assertThat(detail).startsWith("from "));
    }

    private long signInEvents(String actor) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'SignIn' and actor = :actor")
                .param("actor", actor).query(Long.class).single();
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Posts the sign-in form; returns where it sends the browser. */
    private String signIn(HttpClient client, String username, String password) throws IOException, InterruptedException {
        get(client, "/login");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Location").orElse("");
    }

    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = client();
        get(client, "/login");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=leadership-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location")).as("signed in as " + username)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
