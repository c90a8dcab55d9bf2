package health.staffing.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the "system" actor, so it passes through the same secured
 * services as a person would and its audit events say who acted.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    /**
     * Inside a Vaadin request, Vaadin's security-context strategy answers with the signed-in user's
     * session context whatever the thread holds, so the session is hidden from the thread while the
     * system acts (an approver's final decision places the approved seat in the chart as the system).
     */
    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                AppRoles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
