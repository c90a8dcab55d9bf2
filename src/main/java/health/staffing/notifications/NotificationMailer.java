package health.staffing.notifications;

import health.staffing.base.mail.MailOutbox;
import health.staffing.base.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the email copy of a notification in the mail outbox, inside the transaction that raised it:
 * a rollback drops it, a commit keeps it until it is sent (by any instance, retried when the mail
 * server fails; see {@link MailOutbox}). Sending never happens on the user's request, so a slow or
 * absent mail server cannot hold up a decision.
 * <p>
 * {@code portal.mail.enabled=false} (the embedded demo's default) records notifications in the
 * portal only.
 */
@Component
class NotificationMailer {

    static final String SUBJECT_PREFIX = "[Staffing Portal] ";
    static final String KIND = "NOTIFICATION";

    private final MailOutbox outbox;
    private final String baseUrl;

    NotificationMailer(MailOutbox outbox, @Value("${portal.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    @EventListener
    void queue(NotificationMail mail) {
        outbox.enqueue(mail(mail));
    }

    OutgoingMail mail(NotificationMail mail) {
        return OutgoingMail.text(KIND, mail.address(), SUBJECT_PREFIX + mail.subject(), text(mail));
    }

    private String text(NotificationMail mail) {
        StringBuilder text = new StringBuilder()
                .append("Dear ").append(mail.displayName()).append(",\n\n")
                .append(mail.subject()).append("\n\n");
        if (!mail.body().isEmpty()) {
            text.append(mail.body()).append("\n\n");
        }
        if (mail.link() != null) {
            text.append("Open it in the Staffing Portal: ").append(absoluteLink(mail.link())).append("\n\n");
        }
        return text.append("--\nLeadership Staffing Portal. You receive this because the portal notified you;")
                .append(" the same notice is under the bell in the portal.\n")
                .toString();
    }

    String absoluteLink(String route) {
        return baseUrl + "/" + route;
    }
}
