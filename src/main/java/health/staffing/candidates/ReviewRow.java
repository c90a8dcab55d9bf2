package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.time.Instant;
import java.util.Set;

/**
 * One application as the review grid shows it to HR and the hiring team. {@code match} is today's
 * screening outcome (null: not evaluated), {@code criteriaSummary} one line per criterion.
 */
public record ReviewRow(long id, long version, String reference, String title, String candidateName, boolean internal,
        ApplicationStage stage, Instant submittedAt, Set<Degree> degrees, Integer clinicalYears, Integer leadershipYears,
        Integer managedCareYears, CriterionOutcome match, String criteriaSummary) {
}
