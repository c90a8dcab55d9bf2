package health.staffing.insight;

import java.util.List;

/**
 * How long approvals take, for the steps decided and the rounds completed in the period: per step (from
 * the step's turn to its decision) and per chain (from submission to the round's last decision), and
 * where requisitions wait now. {@code sentBack} and {@code rejected} count rounds ended that way in the period.
 */
public record ApprovalFigures(List<Durations> perStep, List<Durations> perChain, List<WaitingStep> waitingNow,
        long sentBack, long rejected) {
}
