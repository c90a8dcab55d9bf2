package health.staffing.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import health.staffing.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends a session signed in with a temporary password to the change-password page, whatever
 * address it asks for. Its authentication carries no role either, so no service would answer it;
 * this gate only spares the person a page of "not available".
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PasswordChangeGate::gate));
    }

    private static void gate(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (CurrentUser.mustChangePassword() && target != ChangePasswordView.class && target != LoginView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
