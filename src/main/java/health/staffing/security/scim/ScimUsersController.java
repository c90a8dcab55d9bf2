package health.staffing.security.scim;

import health.staffing.base.DomainException;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.ScimProvisioning;
import health.staffing.security.ScimProvisioning.ProvisionedUser;
import health.staffing.security.ScimProvisioning.ScimPerson;
import health.staffing.security.ScimProvisioning.ScimRefusal;
import health.staffing.security.UserSummary;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /scim/v2/Users}: create, read, list (with {@code userName eq "…"}, what Entra ID and Okta ask before
 * creating), replace, patch ({@code active}, {@code displayName}) and delete, which deactivates: a person's
 * records and audit trail outlive their account. Everything else SCIM defines (groups, bulk, sorting) is not
 * offered; roles come from directory groups at sign-in.
 */
@RestController
@RequestMapping(path = ScimUsersController.BASE + "/Users", produces = {ScimErrors.MEDIA_TYPE,
        MediaType.APPLICATION_JSON_VALUE})
class ScimUsersController {

    static final String BASE = "/scim/v2";
    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final Pattern USERNAME_FILTER = Pattern.compile("(?i)userName\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final ScimProvisioning provisioning;

    ScimUsersController(ScimProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        ProvisionedUser created = provisioning.create(person(body));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.account().id()).toUri();
        return ResponseEntity.created(location).contentType(MediaType.parseMediaType(ScimErrors.MEDIA_TYPE))
                .body(resource(created));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return resource(provisioning.find(idOf(id)).orElseThrow(() -> notFound(id)));
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count) {
        List<ProvisionedUser> found;
        long total;
        if (filter != null && !filter.isBlank()) {
            Matcher userName = USERNAME_FILTER.matcher(filter.strip());
            if (!userName.matches()) {
                throw new ScimRefusal(400, "invalidFilter", "Only userName eq \"…\" filters are supported.");
            }
            found = provisioning.findByUserName(userName.group(1).replace("\\\"", "\"")).stream().toList();
            total = found.size();
        } else {
            found = count <= 0 ? List.of() : provisioning.list(startIndex, count);
            total = provisioning.count();
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
        page.put("totalResults", total);
        page.put("startIndex", Math.max(1, startIndex));
        page.put("itemsPerPage", found.size());
        page.put("Resources", found.stream().map(ScimUsersController::resource).toList());
        return page;
    }

    @PutMapping("/{id}")
    Map<String, Object> replace(@PathVariable String id, @RequestBody JsonNode body) {
        return resource(provisioning.update(idOf(id), person(body)));
    }

    /** Entra ID sends {@code {"op":"Replace","path":"active","value":"False"}}; Okta a value object. */
    @PatchMapping("/{id}")
    Map<String, Object> patch(@PathVariable String id, @RequestBody JsonNode body) {
        Boolean active = null;
        String displayName = null;
        for (JsonNode operation : body.path("Operations")) {
            String op = operation.path("op").asString("").toLowerCase();
            if (!op.equals("replace") && !op.equals("add")) {
                throw new ScimRefusal(400, "invalidValue", "Only replace and add operations are supported.");
            }
            String path = operation.path("path").asString("");
            JsonNode value = operation.path("value");
            if (path.isEmpty() && value.isObject()) {
                active = value.has("active") ? bool(value.get("active")) : active;
                displayName = value.has("displayName") ? value.get("displayName").asString() : displayName;
            } else if (path.equalsIgnoreCase("active")) {
                active = bool(value);
            } else if (path.equalsIgnoreCase("displayName")) {
                displayName = value.asString();
            }
        }
        return resource(provisioning.update(idOf(id), new ScimPerson(null, null, null, displayName, null, null, active)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        provisioning.update(idOf(id), new ScimPerson(null, null, null, null, null, null, false));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ScimRefusal.class)
    ResponseEntity<Map<String, Object>> refused(ScimRefusal refusal) {
        return error(refusal.status(), refusal.scimType(), refusal.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> invalid(DomainException refusal) {
        return error(400, "invalidValue", refusal.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(int status, @Nullable String scimType, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(ScimErrors.MEDIA_TYPE))
                .body(ScimErrors.body(status, scimType, detail));
    }

    private static ScimPerson person(JsonNode body) {
        JsonNode emails = body.path("emails");
        String email = null;
        for (JsonNode candidate : emails) {
            if (email == null || candidate.path("primary").asBoolean(false)) {
                email = text(candidate.path("value"));
            }
        }
        JsonNode name = body.path("name");
        return new ScimPerson(text(body.path("userName")), text(name.path("givenName")), text(name.path("familyName")),
                text(body.path("displayName")), email, text(body.path(ENTERPRISE).path("employeeNumber")),
                body.has("active") ? bool(body.get("active")) : null);
    }

    /** Entra ID sends booleans as "True"/"False" strings in patches. */
    private static Boolean bool(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asString("");
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ScimRefusal(400, "invalidValue", "active must be true or false.");
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    private static long idOf(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notOurs) {
            throw notFound(id);
        }
    }

    private static ScimRefusal notFound(String id) {
        return new ScimRefusal(404, null, "No user with id " + id + ".");
    }

    private static Map<String, Object> resource(ProvisionedUser user) {
        UserSummary account = user.account();
        EmployeeSummary employee = user.employee();
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("schemas", List.of(CORE, ENTERPRISE));
        resource.put("id", String.valueOf(account.id()));
        resource.put("userName", account.username());
        resource.put("displayName", account.displayName());
        resource.put("active", account.enabled());
        if (employee != null) {
            resource.put("name", Map.of("givenName", employee.givenName(), "familyName", employee.familyName(),
                    "formatted", employee.fullName()));
            resource.put("emails", List.of(Map.of("value", employee.email(), "type", "work", "primary", true)));
            resource.put(ENTERPRISE, Map.of("employeeNumber", employee.employeeNumber()));
        }
        String location = ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE + "/Users/{id}")
                .buildAndExpand(account.id()).toUriString();
        resource.put("meta", Map.of("resourceType", "User", "location", location, "version",
                "W/\"" + account.version() + "\""));
        return resource;
    }
}
