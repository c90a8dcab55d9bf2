package health.staffing.requisitions;

/**
 * A requisition entered an approval round (first submission, resubmission after changes, or a
 * material change after approval). Published inside the submitting transaction, so the approval
 * chain is built atomically with the status change.
 */
public record RequisitionSubmitted(long requisitionId, int approvalRound) {
}
