package health.staffing.security;

/** Where an account comes from: opened in the portal, or made by the directory at sign-in or by provisioning. */
public enum AccountSource {
    LOCAL("Local"),
    OIDC("Single sign-on (OIDC)"),
    LDAP("Active Directory / LDAP"),
    SCIM("Provisioned (SCIM)");

    /** The longest external identity kept: issuer URL and subject, or an LDAP distinguished name. */
    public static final int EXTERNAL_ID_MAX = 400;

    private final String label;

    AccountSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
