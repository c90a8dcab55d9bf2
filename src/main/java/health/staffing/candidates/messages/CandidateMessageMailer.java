package health.staffing.candidates.messages;

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
 * Emails a message to an external candidate once the sending transaction has committed (a caregiver
 * gets it as a portal notification, which emails too). A failure is one warning; the message stays
 * on the timeline.
 */
@Component
class CandidateMessageMailer {

    private static final Logger log = LoggerFactory.getLogger(CandidateMessageMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean enabled;
    private final String from;

    CandidateMessageMailer(ObjectProvider<JavaMailSender> mailSender,
            @Value("${portal.mail.enabled:true}") boolean enabled, @Value("${portal.mail.from}") String from) {
        this.mailSender = mailSender;
        this.enabled = enabled;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(CandidateMessageMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            log.debug("Mail disabled: message \"{}\" not emailed", mail.subject());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.address());
        message.setSubject(mail.subject().replaceAll("[\\r\\n]+", " "));
        message.setText(mail.body());
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            log.warn("Could not email \"{}\" to {}: {}", mail.subject(), mail.address(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }
}
