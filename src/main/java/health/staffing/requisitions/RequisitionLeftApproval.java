package health.staffing.requisitions;

/**
 * A requisition stopped waiting for decisions in its current round without an approval outcome
 * (cancelled while pending). Approval steps still waiting in that round must close.
 */
public record RequisitionLeftApproval(long requisitionId, int approvalRound, String reason) {
}
