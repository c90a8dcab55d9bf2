package health.staffing.candidates.scorecards;

import health.staffing.candidates.review.Recommendation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One scorecard as it reads back: the reviewer's own (draft or submitted) or someone else's
 * submitted one. {@code version} is what a save or submit must quote back; {@code score} is the
 * mean of its ratings (null without any).
 */
public record ReviewScorecard(long applicationId, String reviewer, String reviewerName, long version,
        boolean submitted, Instant submittedAt, List<CriterionRating> ratings, Recommendation recommendation,
        BigDecimal score) {
}
