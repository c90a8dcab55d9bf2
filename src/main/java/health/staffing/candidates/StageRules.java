package health.staffing.candidates;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * The texts that go with a stage move, checked alike by the grid's dialog and the services: HR's
 * internal reason (required to reject; the candidate never reads it) and the optional message to
 * the candidate. The limits are the columns'.
 */
public final class StageRules {

    public static final int MAX_REASON = 1000;
    public static final int MAX_CANDIDATE_MESSAGE = 2000;

    private StageRules() {
    }

    /** What is wrong with the internal reason for this move, or null. */
    public static @Nullable String reasonProblem(ApplicationStage target, @Nullable String reason) {
        if (target == ApplicationStage.REJECTED && TextLimits.isBlank(reason)) {
            return "Give a reason for the rejection.";
        }
        return TextLimits.textProblem("The reason", reason, MAX_REASON).orElse(null);
    }

    /** What is wrong with the message to the candidate, or null. */
    public static @Nullable String candidateMessageProblem(@Nullable String message) {
        return TextLimits.textProblem("The message to the candidate", message, MAX_CANDIDATE_MESSAGE).orElse(null);
    }

    static void checkReason(ApplicationStage target, @Nullable String reason) {
        String problem = reasonProblem(target, reason);
        if (problem != null) {
            throw new DomainException(problem);
        }
    }

    static void checkCandidateMessage(@Nullable String message) {
        String problem = candidateMessageProblem(message);
        if (problem != null) {
            throw new DomainException(problem);
        }
    }
}
