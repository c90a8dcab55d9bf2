package health.staffing.security.scim;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** SCIM's error body (RFC 7644 §3.12): status as a string, an optional {@code scimType}, a detail for people. */
final class ScimErrors {

    static final String MEDIA_TYPE = "application/scim+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScimErrors() {
    }

    static Map<String, Object> body(int status, @Nullable String scimType, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"));
        body.put("status", String.valueOf(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }

    static void write(HttpServletResponse response, int status, @Nullable String scimType, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
        }
        response.getWriter().write(JSON.writeValueAsString(body(status, scimType, detail)));
    }
}
