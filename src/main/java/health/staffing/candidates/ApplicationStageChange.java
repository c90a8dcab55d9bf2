package health.staffing.candidates;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@EntityListeners(ApplicationTallyListener.class)
@Table(name = "application_stage_change")
class ApplicationStageChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private @Nullable ApplicationStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private ApplicationStage toStage;
    /** When the application entered {@code fromStage}: the dashboard's time in stage. */
    @Column(name = "from_stage_since")
    private @Nullable Instant fromStageSince;
    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(length = 1000)
    private @Nullable String reason;
    @Column(name = "candidate_message", length = StageRules.MAX_CANDIDATE_MESSAGE)
    private @Nullable String candidateMessage;

    protected ApplicationStageChange() {
    }

    ApplicationStageChange(JobApplication application, @Nullable ApplicationStage from, @Nullable Instant fromSince,
            ApplicationStage to, String by, Instant at, @Nullable String reason, @Nullable String candidateMessage) {
        this.candidateMessage = candidateMessage;
        this.application = application;
        this.fromStage = from;
        this.fromStageSince = fromSince;
        this.toStage = to;
        this.changedBy = by;
        this.changedAt = at;
        this.reason = reason;
    }

    StageChange toRecord() {
        return new StageChange(fromStage, toStage, changedBy, changedAt, reason, candidateMessage);
    }

    /** The candidate's view: their own withdrawal reason is theirs to read, HR's reasons are not. */
    MyStageChange toMine() {
        String message = toStage == ApplicationStage.WITHDRAWN ? reason : candidateMessage;
        return new MyStageChange(toStage, toStage.caregiverText(), changedAt, message);
    }

    JobApplication getApplication() {
        return application;
    }

    @Nullable ApplicationStage getFromStage() {
        return fromStage;
    }

    @Nullable Instant getFromStageSince() {
        return fromStageSince;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
