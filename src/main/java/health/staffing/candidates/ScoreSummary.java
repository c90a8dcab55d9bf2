package health.staffing.candidates;

import java.math.BigDecimal;
import java.util.List;

/**
 * The submitted scorecards of one application summed up, for the detail screen and the
 * side-by-side comparison: their count and mean, the mean per criterion, and each reviewer's
 * recommendation. Drafts never count.
 */
public record ScoreSummary(long applicationId, int submitted, BigDecimal average, List<CriterionScore> criteria,
        List<ReviewerRecommendation> recommendations) {

    /** One criterion's mean over the submitted scorecards that rated it. */
    public record CriterionScore(String criterion, BigDecimal average, int ratings) {
    }

    /** One submitted scorecard's verdict. */
    public record ReviewerRecommendation(String reviewer, String reviewerName, Recommendation recommendation,
            BigDecimal score) {
    }
}
