package health.staffing.security.sso;

import health.staffing.security.DirectoryIdentity.EmployeeKey;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.sso.oidc.*}, from the environment ({@code PORTAL_OIDC_*}, see the README): the provider's
 * issuer (its discovery document says the rest), the portal's client id and secret, the organisation
 * named on the sign-in button, the claim that carries the employee's email or employee number and which
 * of the two it is, and the claim that lists the person's groups.
 */
@ConfigurationProperties("portal.sso.oidc")
public record OidcSettings(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
        String organisation, List<String> scopes, String employeeClaim, EmployeeKey matchOn, String groupsClaim) {

    /** The provider's id in the portal's addresses: /oauth2/authorization/sso, /login/oauth2/code/sso. */
    public static final String REGISTRATION_ID = "sso";

    /** Spring passes null for a setting left out; each gets its default here. */
    public OidcSettings {
        organisation = blank(organisation) ? "your organisation" : organisation.trim();
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        employeeClaim = blank(employeeClaim) ? "email" : employeeClaim.trim();
        matchOn = matchOn == null ? EmployeeKey.EMAIL : matchOn;
        groupsClaim = blank(groupsClaim) ? "groups" : groupsClaim.trim();
    }

    public boolean enabled() {
        return !blank(issuer);
    }

    String requiredIssuer() {
        return required(issuer, "PORTAL_OIDC_ISSUER");
    }

    String requiredClientId() {
        return required(clientId, "PORTAL_OIDC_CLIENT_ID");
    }

    String requiredClientSecret() {
        return required(clientSecret, "PORTAL_OIDC_CLIENT_SECRET");
    }

    private static String required(@Nullable String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Single sign-on is on (PORTAL_OIDC_ISSUER is set) but " + variable
                    + " is not set.");
        }
        return value.trim();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
