package health.staffing.approvals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step waiting for the signed-in user: what to decide ({@code stepId} at {@code stepVersion}),
 * since when, and on whose behalf when the user decides as a delegate ({@code onBehalfOfName}, else null).
 */
public record InboxItem(long stepId, long stepVersion, String step, boolean consulted, String approverName,
        Instant activatedAt, long ageDays, @Nullable String onBehalfOf, @Nullable String onBehalfOfName,
        RequisitionSnapshot requisition) {
}
