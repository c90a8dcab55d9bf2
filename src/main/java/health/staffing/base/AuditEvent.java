package health.staffing.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded state change: who did what to which record, when, and the state before and after
 * (a short, human-readable rendering, not a serialised entity).
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        String action,
        @Nullable String before,
        @Nullable String after) {
}
