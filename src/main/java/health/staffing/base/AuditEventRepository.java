package health.staffing.base;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEventRecord, Long> {

    Page<AuditEventRecord> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType,
            String entityId, Pageable pageable);

    Page<AuditEventRecord> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
