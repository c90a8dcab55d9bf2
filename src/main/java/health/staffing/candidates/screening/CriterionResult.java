package health.staffing.candidates.screening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One screening criterion checked against the declared credentials: what the posting asks
 * ({@code label}), the outcome, and a sentence saying why ({@code detail}). {@code expiresOn} is the
 * expiry of the credential that meets it (null when it does not expire or is not met).
 */
public record CriterionResult(String label, CriterionOutcome outcome, String detail, @Nullable LocalDate expiresOn) {
}
