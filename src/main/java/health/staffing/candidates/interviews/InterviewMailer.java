package health.staffing.candidates.interviews;

import health.staffing.base.mail.MailOutbox;
import health.staffing.base.mail.OutgoingMail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues interview invitations with their {@code invite.ics} in the mail outbox, inside the
 * scheduling transaction: a rollback sends nothing, a commit is sent (and retried) by the outbox.
 * The interview stands and is shown in the portal whatever the mail server does.
 */
@Component
class InterviewMailer {

    static final String ATTACHMENT = "invite.ics";
    static final String KIND = "INTERVIEW";

    private final MailOutbox outbox;

    InterviewMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void queue(InterviewInvitation invitation) {
        outbox.enqueue(new OutgoingMail(KIND, invitation.address(), "[Staffing Portal] " + invitation.subject(),
                "Dear " + invitation.displayName() + ",\n\n" + invitation.body()
                        + "\n\nThe attached invite.ics adds the interview to your calendar (Outlook, Google, Apple)."
                        + "\n\n--\nLeadership Staffing Portal",
                null, new OutgoingMail.Attachment(ATTACHMENT, "text/calendar; charset=UTF-8; method="
                        + invitation.method(), invitation.calendar())));
    }
}
