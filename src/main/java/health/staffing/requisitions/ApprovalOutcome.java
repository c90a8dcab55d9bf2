package health.staffing.requisitions;

import org.jspecify.annotations.Nullable;

/**
 * The approvals feature reports how a round ended. Declared here (not in approvals) so that
 * approvals depends on requisitions and never the other way round; the requisition listens in the
 * deciding transaction and moves its status.
 */
public record ApprovalOutcome(long requisitionId, int approvalRound, Decision decision, String decidedBy,
        @Nullable String comment) {

    public enum Decision {
        APPROVED, REJECTED, CHANGES_REQUESTED
    }
}
