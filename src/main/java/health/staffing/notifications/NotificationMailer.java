package health.staffing.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the email copy of a notification once the transaction that raised it has committed; a
 * rollback drops it. Sending happens on the committing thread, after the commit, so a failure
 * (mail server down, address refused) is logged as one warning and the decision stands.
 * <p>
 * {@code portal.mail.enabled=false} (the embedded demo's default) records notifications in the
 * portal only.
 */
@Component
class NotificationMailer {

    static final String SUBJECT_PREFIX = "[Staffing Portal] ";

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.enabled:true}") boolean enabled,
            @Value("${portal.mail.from}") String from, @Value("${portal.base-url}") String baseUrl) {
        this.mailSender = mailSender;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NotificationMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            log.debug("Mail disabled: notification \"{}\" for {} not emailed", mail.subject(), mail.username());
            return;
        }
        try {
            sender.send(message(mail));
        } catch (RuntimeException e) {
            // One line, no stack trace: an unreachable mail server would otherwise flood the log.
            log.warn("Could not email notification \"{}\" to {}: {}", mail.subject(), mail.username(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    SimpleMailMessage message(NotificationMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.address());
        message.setSubject(SUBJECT_PREFIX + oneLine(mail.subject()));
        message.setText(text(mail));
        return message;
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

    /**
     * A subject carries names and titles people typed. The forms refuse line breaks in them, but a
     * header must never hold one whatever its source: a CR or LF would start a header of its own
     * ("Bcc: …"). Every control character becomes a space.
     */
    static String oneLine(String subject) {
        return subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    String absoluteLink(String route) {
        return baseUrl + "/" + route;
    }
}
