package health.staffing.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, read from the security context; the same in views and services. */
public final class CurrentUser {

    /**
     * The only authority of a session signed in with a temporary password: no role, so no view or
     * service opens until its owner has chosen their own password.
     */
    public static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";

    private CurrentUser() {
    }

    /** The signed-in user name, or {@code null} when nobody is signed in. */
    public static @Nullable String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    /**
     * The signed-in user name, for code that runs only behind sign-in (a secured service method, a
     * view of the signed-in shell), where nobody signed in is a programming error, not a state.
     */
    public static String required() {
        String username = username();
        if (username == null) {
            throw new AuthenticationCredentialsNotFoundException("Nobody is signed in.");
        }
        return username;
    }

    /** Role names without the {@code ROLE_} prefix. */
    public static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Signed in with a temporary password that must be replaced before anything else. */
    public static boolean mustChangePassword() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> MUST_CHANGE_PASSWORD.equals(authority.getAuthority()));
    }

    public static boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * HR: whoever holds the recruiter role. Administrators administer accounts, chains and reference
     * data; they act as HR on candidates only if they also recruit (decision 10).
     */
    public static boolean isHr() {
        return hasRole(AppRoles.RECRUITER);
    }
}
