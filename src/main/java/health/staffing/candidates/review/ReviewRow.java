package health.staffing.candidates.review;

import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.requisitions.Degree;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One application as the review grid shows it to HR and the hiring team. {@code match} is today's
 * screening outcome (null: not evaluated), {@code criteriaSummary} one line per criterion.
 * {@code score} is the mean of the submitted scorecards (null without any, or while the viewer's own
 * scorecard for it is still open: independent scoring), {@code scorecards} how many were submitted;
 * {@code blind} says the name is an alias because the requisition reviews blind until screening.
 */
public record ReviewRow(long id, long version, String reference, String title, String candidateName, boolean internal,
        ApplicationStage stage, Instant submittedAt, Set<Degree> degrees, @Nullable Integer clinicalYears,
        @Nullable Integer leadershipYears, @Nullable Integer managedCareYears, @Nullable CriterionOutcome match,
        @Nullable String criteriaSummary, @Nullable BigDecimal score, int scorecards,
        boolean blind, @Nullable String referredBy) {
}
