package health.staffing.requisitions;

import java.util.List;

/**
 * The approval trail of one requisition, every round and step, for the requisition detail. The
 * approvals feature implements it; requisitions only declares what it needs to show.
 */
public interface ApprovalTrail {

    List<ApprovalTrailEntry> of(long requisitionId);
}
