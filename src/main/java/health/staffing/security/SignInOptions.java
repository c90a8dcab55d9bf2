package health.staffing.security;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page offers: "Sign in with <organisation>" when single sign-on is on, the password form
 * for everyone or only behind "Emergency administrator sign-in", and whether that form asks for the
 * network (LDAP) account.
 */
public record SignInOptions(@Nullable String ssoOrganisation, @Nullable String networkAccount,
        boolean passwordsForEveryone) {

    /** Where the sign-in button leads: Spring Security starts the provider's sign-in there. */
    public static final String SSO_START = "/oauth2/authorization/sso";

    public boolean sso() {
        return ssoOrganisation != null;
    }

    /** The password form shows at once, or is folded away for the emergency administrators. */
    public boolean formFirst() {
        return passwordsForEveryone || networkAccount != null || !sso();
    }
}
