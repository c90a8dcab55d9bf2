package health.staffing.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Makes the idle timeout a sign-out. With {@code vaadin.closeIdleSessions}, Vaadin closes a session
 * whose pages sent nothing but heartbeats for the session timeout — but only its own part of it: the
 * HTTP session, and the sign-in stored there, would live on while heartbeats keep it fresh, and the
 * page would simply reload still signed in. Ending the HTTP session with Vaadin's ends the sign-in.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // Signed out or timed out by the server: the HTTP session is ending already.
                }
            }
        });
    }
}
