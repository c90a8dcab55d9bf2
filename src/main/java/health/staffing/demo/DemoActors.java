package health.staffing.demo;

import health.staffing.security.AppRoles;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lets the demo loader act as one demo user at a time, with exactly that person's roles. */
final class DemoActors {

    private static final Map<String, List<String>> ROLES = Map.of(
            "caregiver", List.of(AppRoles.CAREGIVER),
            "manager", List.of(AppRoles.HIRING_MANAGER, AppRoles.CAREGIVER),
            "recruiter", List.of(AppRoles.RECRUITER, AppRoles.CAREGIVER),
            "finance", List.of(AppRoles.FINANCE, AppRoles.CAREGIVER),
            "cmo", List.of(AppRoles.CMO_OFFICE, AppRoles.CAREGIVER),
            "pophealth", List.of(AppRoles.CAREGIVER),
            "reviewer", List.of(AppRoles.CAREGIVER),
            "admin", List.of(AppRoles.ADMIN, AppRoles.CAREGIVER));

    private DemoActors() {
    }

    static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                ROLES.get(username).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
