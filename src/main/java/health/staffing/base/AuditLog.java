package health.staffing.base;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every state change as an {@link AuditEvent}. Features call {@link #record} inside the
 * transaction that makes the change, so the change and its audit row commit or roll back together.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Must run inside the caller's transaction: an audit row without its change is a lie. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, String before, String after) {
        events.save(new AuditEventRecord(Instant.now(clock), TimeConfig.currentActor(), entityType,
                String.valueOf(entityId), action, before, after));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public List<AuditEvent> historyOf(String entityType, Object entityId, Pageable page) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, String.valueOf(entityId), page)
                .map(AuditEventRecord::toEvent).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public List<AuditEvent> recent(Pageable page) {
        return events.findAllByOrderByOccurredAtDescIdDesc(page).map(AuditEventRecord::toEvent).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public long count() {
        return events.count();
    }
}
