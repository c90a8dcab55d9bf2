package health.staffing.approvals;

import health.staffing.base.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moves a round forward: activates the next undecided step (audited, approvers notified) and
 * closes the rest. Shared by routing and deciding so both follow the same rules.
 */
@Component
class ApprovalProgress {

    static final String AUDIT_TYPE = "Requisition";

    private final ApprovalStepRepository steps;
    private final DelegationRepository delegations;
    private final AuditLog auditLog;
    private final ApprovalNotifier notifier;
    private final Clock clock;

    ApprovalProgress(ApprovalStepRepository steps, DelegationRepository delegations, AuditLog auditLog,
            ApprovalNotifier notifier, Clock clock) {
        this.steps = steps;
        this.delegations = delegations;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Activates the first pending step of the round; empty when none is left (the round is complete). */
    Optional<ApprovalStep> activateNext(ApprovalRequest request) {
        Optional<ApprovalStep> next = steps.findByRequestOrderBySequenceAsc(request).stream()
                .filter(step -> step.state() == StepState.PENDING).findFirst();
        next.ifPresent(step -> {
            step.activate(Instant.now(clock));
            audit(step, "waiting", null, "Waiting for " + step.approverName());
            List<String> delegates = step.username() == null ? List.of()
                    : delegations.findActiveFrom(step.username(), LocalDate.now(clock)).stream()
                            .map(Delegation::delegate).toList();
            notifier.stepWaiting(step, request, delegates);
        });
        return next;
    }

    /** Closes every still-open step of the list as {@code state}, with the reason in the trail. */
    void closeOpen(List<ApprovalStep> open, StepState state, String reason) {
        Instant now = Instant.now(clock);
        for (ApprovalStep step : open) {
            if (step.state().open()) {
                String before = step.state().label();
                step.close(state, reason, now);
                audit(step, state.label().toLowerCase(), before, reason);
            }
        }
    }

    void auditRound(ApprovalRequest request, String action, String after) {
        auditLog.record(AUDIT_TYPE, request.requisitionId(), StepPlanner.truncate(action, 60), null, after);
    }

    void audit(ApprovalStep step, String what, @Nullable String before, @Nullable String after) {
        auditLog.record(AUDIT_TYPE, step.requisitionId(),
                StepPlanner.truncate("Approval: " + step.label() + " " + what, 60), before,
                "Round " + step.round() + ", step " + step.sequence() + " (" + step.label() + "): "
                        + (after == null ? step.state().label() : after));
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
