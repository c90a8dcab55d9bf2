package health.staffing.candidates.messages;

import health.staffing.candidates.MessageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one template of a kind of message (V26 seeds all four). */
@Entity
@Table(name = "message_template")
class MessageTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30)
    private MessageKind kind;

    @Version
    private long version;

    @Column(name = "subject", nullable = false, length = MessageRules.MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = MessageRules.MAX_BODY)
    private String body;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by", nullable = false, length = 100)
    private String modifiedBy;

    protected MessageTemplate() {
        // for JPA
        kind = MessageKind.ACKNOWLEDGEMENT;
        subject = "";
        body = "";
        modifiedAt = Instant.EPOCH;
        modifiedBy = "";
    }

    void edit(String subject, String body, Instant at, String by) {
        this.subject = subject;
        this.body = body;
        this.modifiedAt = at;
        this.modifiedBy = by;
    }

    TemplateSummary toSummary() {
        return new TemplateSummary(kind, version, subject, body, modifiedAt, modifiedBy);
    }

    long getVersion() {
        return version;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }
}
