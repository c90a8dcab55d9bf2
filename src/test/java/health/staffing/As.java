package health.staffing;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as one of the demo users with their roles, then restores whoever was signed in: for
 * tests that need several people in one transaction (a caregiver applies, HR reviews).
 */
public final class As {

    public static final Map<String, String[]> DEMO_ROLES = Map.ofEntries(
            Map.entry("caregiver", new String[] {"CAREGIVER"}),
            Map.entry("manager", new String[] {"HIRING_MANAGER", "CAREGIVER"}),
            Map.entry("recruiter", new String[] {"RECRUITER", "CAREGIVER"}),
            Map.entry("cmo", new String[] {"CMO_OFFICE", "CAREGIVER"}),
            Map.entry("finance", new String[] {"FINANCE", "CAREGIVER"}),
            Map.entry("admin", new String[] {"ADMIN", "CAREGIVER"}),
            Map.entry("pophealth", new String[] {"CAREGIVER"}),
            Map.entry("reviewer", new String[] {"CAREGIVER"}),
            Map.entry("talent", new String[] {"RECRUITER", "CAREGIVER"}),
            Map.entry("deputycmo", new String[] {"CMO_OFFICE", "HIRING_MANAGER", "CAREGIVER"}),
            Map.entry("regionalmd", new String[] {"CAREGIVER"}),
            Map.entry("vpclinical", new String[] {"CAREGIVER"}));

    private As() {
    }

    /** As a demo person with their demo roles; anyone else signs in as a caregiver (every employee is one). */
    public static <T> T user(String username, Supplier<T> work) {
        return user(username, rolesOf(username), work);
    }

    public static void user(String username, Runnable work) {
        user(username, rolesOf(username), () -> {
            work.run();
            return null;
        });
    }

    public static <T> T user(String username, String[] roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String[] rolesOf(String username) {
        return DEMO_ROLES.getOrDefault(username, new String[] {"CAREGIVER"});
    }

    /** Signs in for the rest of the thread (worker threads of concurrency tests). */
    public static void signIn(String username) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                java.util.Arrays.stream(DEMO_ROLES.get(username)).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList()));
        SecurityContextHolder.setContext(context);
    }
}
