package health.staffing.requisitions;

import java.time.Instant;

/**
 * One step as the trail shows it. {@code approver} is who must decide ("Finance", "Elena Marsh");
 * {@code state} is a readable status ("Waiting", "Approved", "Consulted", "Skipped: ...");
 * {@code onBehalfOf} names the approver a delegate decided for.
 */
public record ApprovalTrailEntry(int round, int sequence, String step, String approver, boolean consulted,
        String state, String decidedBy, String onBehalfOf, String comment, Instant activatedAt, Instant decidedAt) {
}
