package health.staffing.demo;

import health.staffing.security.AppRoles;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lets the demo loader act as one demo user at a time, with exactly that person's roles. */
final class DemoActors {

    private static final Map<String, List<String>> ROLES = Map.ofEntries(
            Map.entry("caregiver", List.of(AppRoles.CAREGIVER)),
            Map.entry("manager", List.of(AppRoles.HIRING_MANAGER, AppRoles.CAREGIVER)),
            Map.entry("recruiter", List.of(AppRoles.RECRUITER, AppRoles.CAREGIVER)),
            Map.entry("finance", List.of(AppRoles.FINANCE, AppRoles.CAREGIVER)),
            Map.entry("cmo", List.of(AppRoles.CMO_OFFICE, AppRoles.CAREGIVER)),
            Map.entry("pophealth", List.of(AppRoles.CAREGIVER)),
            Map.entry("reviewer", List.of(AppRoles.CAREGIVER)),
            Map.entry("admin", List.of(AppRoles.ADMIN, AppRoles.CAREGIVER)),
            Map.entry("talent", List.of(AppRoles.RECRUITER, AppRoles.CAREGIVER)),
            Map.entry("deputycmo", List.of(AppRoles.CMO_OFFICE, AppRoles.HIRING_MANAGER, AppRoles.CAREGIVER)),
            Map.entry("regionalmd", List.of(AppRoles.CAREGIVER)),
            Map.entry("vpclinical", List.of(AppRoles.CAREGIVER)));

    private DemoActors() {
    }

    static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<String> roles = Objects.requireNonNull(ROLES.get(username), "a demo user");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
