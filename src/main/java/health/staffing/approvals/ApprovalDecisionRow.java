package health.staffing.approvals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision of the approval history: the requisition, the step, who decided (and for whom, under a
 * delegation), when the step's turn came and when it was decided, the days between, and the comment.
 */
public record ApprovalDecisionRow(long stepId, long requisitionId, String reference, String title,
        String organisationCode, String step, String decidedBy, @Nullable String onBehalfOf, @Nullable Instant turnAt,
        Instant decidedAt, @Nullable Double days, DecisionTaken decision, @Nullable String comment) {
}
