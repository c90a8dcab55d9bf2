package health.staffing.approvals;

import health.staffing.requisitions.RequisitionKind;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

    Optional<ApprovalChain> findByKind(RequisitionKind kind);
}
