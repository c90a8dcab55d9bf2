package health.staffing.candidates.interviews;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One interview of an application. Its calendar identity (uid, sequence) lives as long as it does:
 * every change the invitees must see raises the sequence, so their calendars replace the event.
 */
@Entity
@Table(name = "interview")
class Interview extends AbstractEntity {

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "requisition_id", nullable = false, updatable = false)
    private long requisitionId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "time_zone", nullable = false, length = InterviewRules.MAX_TIME_ZONE)
    private String timeZone;

    @Column(name = "location", length = InterviewRules.MAX_LOCATION)
    private @Nullable String location;

    @Column(name = "video_link", length = InterviewRules.MAX_VIDEO_LINK)
    private @Nullable String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InterviewStatus status = InterviewStatus.SCHEDULED;

    @Column(name = "status_note", length = InterviewRules.MAX_NOTE)
    private @Nullable String statusNote;

    @Column(name = "uid", nullable = false, updatable = false, length = 100)
    private String uid;

    @Column(name = "sequence", nullable = false)
    private int sequence;

    @ElementCollection
    @CollectionTable(name = "interview_panelist", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> panel = new LinkedHashSet<>();

    protected Interview() {
        // for JPA
    }

    Interview(long applicationId, long requisitionId, String domain, InterviewPlan plan) {
        this.applicationId = applicationId;
        this.requisitionId = requisitionId;
        this.uid = "interview-" + UUID.randomUUID() + "@" + domain;
        this.startsAt = plan.startsAt();
        this.timeZone = plan.zone().getId();
        apply(plan);
    }

    /** Changes when, how long, where and who; the calendar sequence rises, so calendars replace the event. */
    void replan(InterviewPlan plan) {
        requireScheduled("changed");
        sequence++;
        apply(plan);
    }

    private void apply(InterviewPlan plan) {
        this.startsAt = plan.startsAt();
        this.timeZone = plan.zone().getId();
        this.minutes = plan.minutes();
        this.location = plan.location();
        this.videoLink = plan.videoLink();
        this.panel.clear();
        this.panel.addAll(plan.panel());
    }

    void cancel(String reason) {
        requireScheduled("cancelled");
        status = InterviewStatus.CANCELLED;
        statusNote = reason;
        sequence++;
    }

    void recordOutcome(InterviewStatus outcome, @Nullable String note) {
        if (outcome != InterviewStatus.DONE && outcome != InterviewStatus.NO_SHOW) {
            throw new DomainException("An interview ends as done or as a no-show.");
        }
        requireScheduled("given an outcome");
        status = outcome;
        statusNote = note;
    }

    private void requireScheduled(String what) {
        if (status != InterviewStatus.SCHEDULED) {
            throw new DomainException("This interview is " + status.label().toLowerCase() + " and can no longer be "
                    + what + ".");
        }
    }

    long getApplicationId() {
        return applicationId;
    }

    long getRequisitionId() {
        return requisitionId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    int getMinutes() {
        return minutes;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    @Nullable String getLocation() {
        return location;
    }

    @Nullable String getVideoLink() {
        return videoLink;
    }

    InterviewStatus getStatus() {
        return status;
    }

    @Nullable String getStatusNote() {
        return statusNote;
    }

    String getUid() {
        return uid;
    }

    int getSequence() {
        return sequence;
    }

    Set<String> getPanel() {
        return Set.copyOf(panel);
    }
}
