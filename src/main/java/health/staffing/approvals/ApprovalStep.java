package health.staffing.approvals;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.requisitions.ApprovalTrailEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of one approval round. Its {@code @Version} is what makes two approvers deciding at
 * the same moment safe: the second write finds the row changed and is refused.
 */
@Entity
@Table(name = "approval_step")
class ApprovalStep extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;
    @Column(name = "requisition_id", nullable = false, updatable = false)
    private long requisitionId;
    @Column(nullable = false, updatable = false)
    private int round;
    @Column(nullable = false, updatable = false)
    private int sequence;
    @Column(nullable = false, updatable = false, length = 100)
    private String label;
    @Column(updatable = false, length = 40)
    private @Nullable String role;
    @Column(updatable = false, length = 100)
    private @Nullable String username;
    @Column(name = "approver_name", nullable = false, updatable = false, length = 200)
    private String approverName;
    @Column(nullable = false, updatable = false)
    private boolean consulted;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepState state;
    @Column(length = 500)
    private @Nullable String note;
    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;
    @Column(name = "decided_by_name", length = 200)
    private @Nullable String decidedByName;
    @Column(name = "on_behalf_of", length = 100)
    private @Nullable String onBehalfOf;
    @Column(name = "on_behalf_of_name", length = 200)
    private @Nullable String onBehalfOfName;
    @Column(length = 2000)
    private @Nullable String comment;

    protected ApprovalStep() {
    }

    ApprovalStep(ApprovalRequest request, int sequence, PlannedStep planned) {
        this.request = request;
        this.requisitionId = request.requisitionId();
        this.round = request.round();
        this.sequence = sequence;
        this.label = planned.label();
        this.role = planned.role();
        this.username = planned.username();
        this.approverName = planned.approverName();
        this.consulted = planned.consulted();
        String skippedReason = planned.skippedReason();
        this.state = skippedReason != null ? StepState.SKIPPED : StepState.PENDING;
        this.note = skippedReason != null ? StepPlanner.truncate(skippedReason, 500) : null;
    }

    void activate(Instant now) {
        if (state != StepState.PENDING) {
            throw new IllegalStateException("Only a pending step can start waiting, not " + state);
        }
        state = StepState.WAITING;
        activatedAt = now;
    }

    void decide(Decision decision, String by, String byName, @Nullable String behalfOf,
            @Nullable String behalfOfName, @Nullable String text, Instant now) {
        if (state != StepState.WAITING) {
            throw new DomainException("This step is no longer waiting for a decision.");
        }
        if (consulted && decision == Decision.REJECT) {
            throw new DomainException("A consulted step cannot reject a requisition; request changes instead.");
        }
        state = switch (decision) {
            case APPROVE -> consulted ? StepState.CONSULTED : StepState.APPROVED;
            case REJECT -> StepState.REJECTED;
            case REQUEST_CHANGES -> StepState.CHANGES_REQUESTED;
        };
        decidedBy = by;
        decidedByName = byName;
        onBehalfOf = behalfOf;
        onBehalfOfName = behalfOfName;
        comment = text == null || text.isBlank() ? null : text.strip();
        decidedAt = now;
    }

    /** Closes an undecided step without a decision (not reached, superseded, withdrawn). */
    void close(StepState closedAs, @Nullable String reason, Instant now) {
        if (state.open()) {
            state = closedAs;
            note = reason == null ? null : StepPlanner.truncate(reason, 500);
            decidedAt = now;
        }
    }

    ApprovalTrailEntry toTrailEntry() {
        return new ApprovalTrailEntry(round, sequence, label, approverName, consulted,
                note == null ? state.label() : state.label() + ": " + note, decidedByName, onBehalfOfName, comment,
                activatedAt, decidedAt);
    }

    ApprovalRequest request() {
        return request;
    }

    long requisitionId() {
        return requisitionId;
    }

    int round() {
        return round;
    }

    int sequence() {
        return sequence;
    }

    String label() {
        return label;
    }

    @Nullable String role() {
        return role;
    }

    @Nullable String username() {
        return username;
    }

    String approverName() {
        return approverName;
    }

    boolean consulted() {
        return consulted;
    }

    StepState state() {
        return state;
    }

    @Nullable Instant activatedAt() {
        return activatedAt;
    }

    @Nullable String decidedByName() {
        return decidedByName;
    }

    @Nullable String comment() {
        return comment;
    }

    @Nullable String onBehalfOfName() {
        return onBehalfOfName;
    }
}
