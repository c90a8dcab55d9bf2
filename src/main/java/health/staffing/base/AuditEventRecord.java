package health.staffing.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Append-only row behind {@link AuditEvent}; never updated, so it has no version. */
@Entity
@Table(name = "audit_event")
class AuditEventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 60)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "before_state", updatable = false, length = 4000)
    private @Nullable String before;

    @Column(name = "after_state", updatable = false, length = 4000)
    private @Nullable String after;

    /** Candidate data: shown only inside its hiring record's scope (V16). */
    @Column(name = "hiring_record", nullable = false, updatable = false)
    private boolean hiringRecord;

    @Column(name = "requisition_id", updatable = false)
    private @Nullable Long requisitionId;

    @Column(name = "application_id", updatable = false)
    private @Nullable Long applicationId;

    protected AuditEventRecord() {
    }

    AuditEventRecord(Instant occurredAt, String actor, String entityType, String entityId, String action,
            @Nullable String before, @Nullable String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = truncate(before);
        this.after = truncate(after);
    }

    AuditEventRecord(Instant occurredAt, String actor, HiringRecord record, String entityType, String entityId,
            String action, @Nullable String before, @Nullable String after) {
        this(occurredAt, actor, entityType, entityId, action, before, after);
        this.hiringRecord = true;
        this.requisitionId = record.requisitionId();
        this.applicationId = record.applicationId();
    }

    private static @Nullable String truncate(@Nullable String state) {
        return state == null || state.length() <= 4000 ? state : state.substring(0, 3999) + "…";
    }

    AuditEvent toEvent() {
        return new AuditEvent(Objects.requireNonNull(id, "an audit event read back has its id"), occurredAt, actor,
                entityType, entityId, action, before, after);
    }
}
