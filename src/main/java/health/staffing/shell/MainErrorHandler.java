package health.staffing.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import health.staffing.base.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place an unhandled error ends up. A broken business rule shows its own message; a lost
 * optimistic-locking race says to reload; anything else is logged and shown as a generic apology
 * with no internals.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    static final String CONCURRENT_CHANGE = "This record was changed by someone else. Reload the page to see the latest version.";
    static final String NOT_ALLOWED = "You are not allowed to do that.";
    static final String UNEXPECTED = "Something went wrong on our side. The error has been logged; please try again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** What the user reads for an exception; visible to tests. */
    static String userMessage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain.getMessage();
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return CONCURRENT_CHANGE;
            }
            if (cause instanceof AccessDeniedException) {
                return NOT_ALLOWED;
            }
        }
        return UNEXPECTED;
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            String message = userMessage(error);
            if (UNEXPECTED.equals(message)) {
                log.error("Unexpected error in the UI", error);
            } else {
                log.debug("Refused: {}", message, error);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> show(message));
            }
        }

        private static void show(String message) {
            Notification notification = new Notification(message, 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(UNEXPECTED.equals(message) ? NotificationVariant.ERROR : NotificationVariant.WARNING);
            notification.open();
        }
    }
}
