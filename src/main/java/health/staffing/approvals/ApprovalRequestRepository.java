package health.staffing.approvals;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

    Optional<ApprovalRequest> findByRequisitionIdAndRound(long requisitionId, int round);

    Optional<ApprovalRequest> findFirstByRequisitionIdOrderByRoundDesc(long requisitionId);
}
