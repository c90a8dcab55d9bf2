package health.staffing.approvals;

import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requisitions port: the trail of every round and step, for the requisition detail. The
 * requisition service has already decided the caller may see that requisition.
 */
@Component
class ApprovalTrailProvider implements ApprovalTrail {

    private final ApprovalStepRepository steps;

    ApprovalTrailProvider(ApprovalStepRepository steps) {
        this.steps = steps;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovalTrailEntry> of(long requisitionId) {
        return steps.findByRequisitionIdOrderByRoundAscSequenceAsc(requisitionId).stream()
                .map(ApprovalStep::toTrailEntry).toList();
    }
}
