package health.staffing.requisitions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RequisitionRepository extends JpaRepository<Requisition, Long>, JpaSpecificationExecutor<Requisition> {

    Optional<Requisition> findByReference(String reference);

    List<Requisition> findByPositionCodeInAndStatusIn(Collection<String> positionCodes,
            Collection<RequisitionStatus> statuses);

    boolean existsByPositionCodeAndStatusIn(String positionCode, Collection<RequisitionStatus> statuses);
}
