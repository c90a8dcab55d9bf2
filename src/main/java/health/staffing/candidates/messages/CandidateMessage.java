package health.staffing.candidates.messages;

import health.staffing.base.AbstractEntity;
import health.staffing.candidates.MessageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A message as a candidate received it, kept on the application's timeline. */
@Entity
@Table(name = "candidate_message")
class CandidateMessage extends AbstractEntity {

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private MessageKind kind;

    @Column(name = "recipient", updatable = false, length = 200)
    private @Nullable String recipient;

    @Column(name = "subject", nullable = false, updatable = false, length = MessageRules.MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false, length = MessageRules.MAX_BODY)
    private String body;

    protected CandidateMessage() {
        // for JPA
        kind = MessageKind.ACKNOWLEDGEMENT;
        subject = "";
        body = "";
    }

    CandidateMessage(long applicationId, MessageKind kind, @Nullable String recipient, String subject, String body) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    SentMessage toSent() {
        return new SentMessage(getId(), applicationId, kind, recipient, subject, body, getCreatedAt(), getCreatedBy());
    }
}
