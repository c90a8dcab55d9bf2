package health.staffing.base;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every state change as an {@link AuditEvent}. Features call {@link #record} inside the
 * transaction that makes the change, so the change and its audit row commit or roll back together.
 * Events about candidates carry their {@link HiringRecord} and are read only within its scope;
 * refusals are recorded in a transaction of their own, since the refused change rolls back.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AuditLog {

    /** Stands in for an empty id list in the visibility query; ids are never negative. */
    private static final Set<Long> NO_IDS = Set.of(-1L);
    /** The audit row's text column holds 4,000 characters; an export's detail is kept well inside it. */
    private static final int MAX_EXPORT_DETAIL = 1_000;

    private final AuditEventRepository events;
    private final Clock clock;
    private final ObjectProvider<HiringRecordVisibility> visibility;

    AuditLog(AuditEventRepository events, Clock clock, ObjectProvider<HiringRecordVisibility> visibility) {
        this.events = events;
        this.clock = clock;
        this.visibility = visibility;
    }

    /** Must run inside the caller's transaction: an audit row without its change is a lie. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, @Nullable String before,
            @Nullable String after) {
        events.save(new AuditEventRecord(Instant.now(clock), TimeConfig.currentActor(), entityType,
                String.valueOf(entityId), action, before, after));
    }

    /**
     * Someone downloaded a grid as a file ({@code what}: "requisitions"…; the format, row count, file name
     * and filter in {@code detail}). An export is its own action, so it gets its own transaction.
     */
    @Transactional
    public void recordExport(String what, String detail) {
        events.save(new AuditEventRecord(Instant.now(clock), TimeConfig.currentActor(), "Export", what, "EXPORTED", null,
                detail.length() <= MAX_EXPORT_DETAIL ? detail : detail.substring(0, MAX_EXPORT_DETAIL - 1) + "…"));
    }

    /** {@link #record} for an event about a candidate: readable only inside the hiring record's scope. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(HiringRecord record, String entityType, Object entityId, String action, @Nullable String before,
            @Nullable String after) {
        events.save(new AuditEventRecord(Instant.now(clock), TimeConfig.currentActor(), record, entityType,
                String.valueOf(entityId), action, before, after));
    }

    /**
     * Records that a rule refused someone (a candidate acting on their own requisition). Its own
     * transaction: the refused work rolls back, the record of the attempt must not.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(HiringRecord record, String entityType, Object entityId, String action,
            @Nullable String detail) {
        events.save(new AuditEventRecord(Instant.now(clock), TimeConfig.currentActor(), record, entityType,
                String.valueOf(entityId), action, null, detail));
    }

    /**
     * Records a sign-in, a failed one or a refused one (throttled). Nobody is signed in yet, so the
     * actor is the user name typed (shortened to fit, control characters replaced); its own
     * transaction, because a failed sign-in has nothing else to commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("permitAll()")
    public void recordSignIn(@Nullable String typedUsername, String action, @Nullable String detail) {
        String who = typedUsername == null ? "" : typedUsername.replaceAll("\\p{Cntrl}", "?");
        events.save(new AuditEventRecord(Instant.now(clock), shorten(who, 100), "SignIn", shorten(who, 60), action, null,
                detail));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public List<AuditEvent> historyOf(String entityType, Object entityId, Pageable page) {
        HiringRecordVisibility.Scope scope = scope();
        return events.historyOf(entityType, String.valueOf(entityId), scope.seesHiringRecords(),
                orNone(scope.hiddenRequisitions()), orNone(scope.hiddenApplications()), page)
                .map(AuditEventRecord::toEvent).getContent();
    }

    /** The latest events the signed-in person may read, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public List<AuditEvent> recent(Pageable page) {
        HiringRecordVisibility.Scope scope = scope();
        return events.recent(scope.seesHiringRecords(), orNone(scope.hiddenRequisitions()),
                orNone(scope.hiddenApplications()), page).map(AuditEventRecord::toEvent).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'RECRUITER')")
    public long count() {
        HiringRecordVisibility.Scope scope = scope();
        return events.countVisible(scope.seesHiringRecords(), orNone(scope.hiddenRequisitions()),
                orNone(scope.hiddenApplications()));
    }

    private HiringRecordVisibility.Scope scope() {
        HiringRecordVisibility rules = visibility.getIfAvailable();
        return rules == null ? HiringRecordVisibility.Scope.NONE : rules.forCurrentUser();
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? NO_IDS : ids;
    }
}
