package health.staffing.requisitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostingVersionRepository extends JpaRepository<PostingVersion, Long> {

    List<PostingVersion> findByRequisitionIdOrderByNumberDesc(long requisitionId);

    Optional<PostingVersion> findByRequisitionIdAndNumber(long requisitionId, int number);

    Optional<PostingVersion> findFirstByRequisitionIdOrderByNumberDesc(long requisitionId);

    Optional<PostingVersion> findFirstByRequisitionIdOrderByNumberAsc(long requisitionId);

    /** The latest version of every posted requisition that is open today; {@code text} "" matches all. */
    @Query("""
            select v from PostingVersion v, Requisition r
            where r.id = v.requisitionId and r.status = :posted
              and v.number = (select max(w.number) from PostingVersion w where w.requisitionId = v.requisitionId)
              and (v.openDate is null or v.openDate <= :today)
              and (v.closeDate is null or v.closeDate >= :today)
              and (lower(v.title) like lower(concat('%', :text, '%')) or lower(v.location) like lower(concat('%', :text, '%')))
            """)
    Page<PostingVersion> findLive(RequisitionStatus posted, LocalDate today, String text, Pageable page);
}
