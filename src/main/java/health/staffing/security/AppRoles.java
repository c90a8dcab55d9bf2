package health.staffing.security;

import java.util.List;

/**
 * The roles of the portal. A person may hold several (a recruiter is also a caregiver). The
 * constants are role names without Spring's {@code ROLE_} prefix, as {@code @RolesAllowed} and
 * {@code hasRole(...)} expect them.
 */
public final class AppRoles {

    public static final String CAREGIVER = "CAREGIVER";
    public static final String HIRING_MANAGER = "HIRING_MANAGER";
    public static final String RECRUITER = "RECRUITER";
    public static final String CMO_OFFICE = "CMO_OFFICE";
    public static final String FINANCE = "FINANCE";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(CAREGIVER, HIRING_MANAGER, RECRUITER, CMO_OFFICE, FINANCE, ADMIN);

    private AppRoles() {
    }

    /** The name a person reads: "Hiring manager", "CMO office". */
    public static String label(String role) {
        return switch (role) {
            case CAREGIVER -> "Caregiver";
            case HIRING_MANAGER -> "Hiring manager";
            case RECRUITER -> "Recruiter (HR)";
            case CMO_OFFICE -> "CMO office";
            case FINANCE -> "Finance";
            case ADMIN -> "Administrator";
            default -> role;
        };
    }
}
