package health.staffing.notifications;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message for one user; read once {@code readAt} is set. */
@Entity
@Table(name = "notification")
class Notification extends AbstractEntity {

    static final int SUBJECT_LENGTH = 200;
    static final int BODY_LENGTH = 4000;
    static final int LINK_LENGTH = 300;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(length = LINK_LENGTH)
    private @Nullable String link;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String subject, String body, @Nullable String link) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    boolean isRead() {
        return readAt != null;
    }

    String getRecipient() {
        return recipient;
    }

    NotificationItem toItem() {
        return new NotificationItem(getId(), subject, body, link, getCreatedAt(), readAt != null);
    }
}
