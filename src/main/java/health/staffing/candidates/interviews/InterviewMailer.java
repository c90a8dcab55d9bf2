package health.staffing.candidates.interviews;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends interview invitations with their {@code invite.ics} once the scheduling transaction has
 * committed (as notifications are sent; issue 17 moves both to an outbox). A failure is one warning:
 * the interview stands and is shown in the portal.
 */
@Component
class InterviewMailer {

    static final String ATTACHMENT = "invite.ics";
    private static final Logger log = LoggerFactory.getLogger(InterviewMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean enabled;
    private final String from;

    InterviewMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.enabled:true}") boolean enabled,
            @Value("${portal.mail.from}") String from) {
        this.mailSender = mailSender;
        this.enabled = enabled;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(InterviewInvitation invitation) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            log.debug("Mail disabled: interview email \"{}\" not sent", invitation.subject());
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(invitation.address());
            mail.setSubject("[Staffing Portal] " + invitation.subject());
            mail.setText("Dear " + invitation.displayName() + ",\n\n" + invitation.body()
                    + "\n\nThe attached invite.ics adds the interview to your calendar (Outlook, Google, Apple)."
                    + "\n\n--\nLeadership Staffing Portal");
            mail.addAttachment(ATTACHMENT, new ByteArrayResource(invitation.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + invitation.method());
            sender.send(message);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not email \"{}\" to {}: {}", invitation.subject(), invitation.address(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }
}
