package health.staffing.candidates.messages;

import health.staffing.base.mail.MailOutbox;
import health.staffing.base.mail.OutgoingMail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a message to an external candidate in the mail outbox, inside the sending transaction (a
 * caregiver gets it as a portal notification, which is mailed too). The outbox sends it after the
 * commit and retries it; the message stays on the timeline whatever the mail server does.
 */
@Component
class CandidateMessageMailer {

    static final String KIND = "CANDIDATE_MESSAGE";

    private final MailOutbox outbox;

    CandidateMessageMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void queue(CandidateMessageMail mail) {
        outbox.enqueue(OutgoingMail.text(KIND, mail.address(), mail.subject(), mail.body()));
    }
}
