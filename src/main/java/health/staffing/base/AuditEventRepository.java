package health.staffing.base;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEventRecord, Long> {

    /**
     * Hiring-record events pass only when the viewer sees them and neither their requisition nor
     * their application is hidden. The lists are never empty (the caller passes a sentinel), as an
     * empty IN list is not rendered alike everywhere.
     */
    String VISIBLE = " (e.hiringRecord = false or (:seesHiring = true"
            + " and (e.requisitionId is null or e.requisitionId not in :hiddenRequisitions)"
            + " and (e.applicationId is null or e.applicationId not in :hiddenApplications)))";

    @Query("select e from AuditEventRecord e where e.entityType = :entityType and e.entityId = :entityId and" + VISIBLE
            + " order by e.occurredAt desc, e.id desc")
    Page<AuditEventRecord> historyOf(String entityType, String entityId, boolean seesHiring,
            Collection<Long> hiddenRequisitions, Collection<Long> hiddenApplications, Pageable pageable);

    @Query("select e from AuditEventRecord e where" + VISIBLE + " order by e.occurredAt desc, e.id desc")
    Page<AuditEventRecord> recent(boolean seesHiring, Collection<Long> hiddenRequisitions,
            Collection<Long> hiddenApplications, Pageable pageable);

    @Query("select count(e) from AuditEventRecord e where" + VISIBLE)
    long countVisible(boolean seesHiring, Collection<Long> hiddenRequisitions, Collection<Long> hiddenApplications);
}
