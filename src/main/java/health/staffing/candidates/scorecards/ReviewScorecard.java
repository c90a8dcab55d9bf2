package health.staffing.candidates.scorecards;

import health.staffing.candidates.review.Recommendation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scorecard as it reads back: the reviewer's own (draft or submitted) or someone else's
 * submitted one. {@code version} is what a save or submit must quote back; {@code score} is the
 * mean of its ratings (null without any).
 */
public record ReviewScorecard(long applicationId, String reviewer, @Nullable String reviewerName, long version,
        boolean submitted, @Nullable Instant submittedAt, List<CriterionRating> ratings,
        @Nullable Recommendation recommendation, @Nullable BigDecimal score) {
}
