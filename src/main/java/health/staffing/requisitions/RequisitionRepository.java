package health.staffing.requisitions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RequisitionRepository extends JpaRepository<Requisition, Long>, JpaSpecificationExecutor<Requisition> {

    Optional<Requisition> findByReference(String reference);

    List<Requisition> findByPositionCodeInAndStatusIn(Collection<String> positionCodes,
            Collection<RequisitionStatus> statuses);

    @Query("select r.id from Requisition r where r.hiringManager = :username or r.recruiter = :username"
            + " order by r.id desc")
    List<Long> idsOfHiringTeam(String username, Pageable page);

    boolean existsByPositionCodeAndStatusIn(String positionCode, Collection<RequisitionStatus> statuses);
}
