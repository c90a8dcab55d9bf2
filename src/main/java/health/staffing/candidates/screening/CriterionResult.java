package health.staffing.candidates.screening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One screening criterion checked against the declared credentials: what the posting asks
 * ({@code label}), the outcome, and a sentence saying why ({@code detail}). {@code expiresOn} is the
 * expiry of the credential that meets it (null when it does not expire or is not met). A
 * {@code preferred} criterion ("MBA or MHA preferred") never fails an application: held, it is a
 * plus; not held, it is only said so.
 */
public record CriterionResult(String label, CriterionOutcome outcome, String detail, @Nullable LocalDate expiresOn,
        boolean preferred) {

    /** A required criterion. */
    public CriterionResult(String label, CriterionOutcome outcome, String detail, @Nullable LocalDate expiresOn) {
        this(label, outcome, detail, expiresOn, false);
    }

    /** What its badge says: "Met", "Expiring", "Not met"; for a preferred one "A plus" or "Not held". */
    public String verdict() {
        if (preferred) {
            return outcome == CriterionOutcome.NOT_MET ? "Not held" : "A plus";
        }
        return outcome.label();
    }

    /** The badge's tone: a preferred qualification not held is neutral, never an error. */
    public String tone() {
        if (preferred) {
            return outcome == CriterionOutcome.NOT_MET ? "neutral" : "success";
        }
        return switch (outcome) {
            case MET -> "success";
            case EXPIRING -> "warning";
            case NOT_MET -> "error";
        };
    }

    /** The same result with another detail (the blind first pass hides it). */
    public CriterionResult withDetail(String hidden) {
        return new CriterionResult(label, outcome, hidden, null, preferred);
    }
}
