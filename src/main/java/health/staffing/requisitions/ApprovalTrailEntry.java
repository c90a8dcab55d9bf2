package health.staffing.requisitions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step as the trail shows it. {@code approver} is who must decide ("Finance", "Elena Marsh");
 * {@code state} is a readable status ("Waiting", "Approved", "Consulted", "Skipped: ...");
 * {@code onBehalfOf} names the approver a delegate decided for.
 */
public record ApprovalTrailEntry(int round, int sequence, String step, String approver, boolean consulted,
        String state, @Nullable String decidedBy, @Nullable String onBehalfOf, @Nullable String comment,
        @Nullable Instant activatedAt, @Nullable Instant decidedAt) {
}
