package health.staffing.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it. {@code link} is an application route ("approvals",
 * "requisitions/42") or {@code null}.
 */
public record NotificationItem(long id, String subject, String body, @Nullable String link, Instant createdAt,
        boolean read) {
}
