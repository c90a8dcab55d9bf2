package health.staffing.candidates.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The submitted scorecards of one application summed up, for the detail screen and the
 * side-by-side comparison: their count and mean, the mean per criterion, and each reviewer's
 * recommendation. Drafts never count.
 */
public record ScoreSummary(long applicationId, int submitted, @Nullable BigDecimal average,
        List<CriterionScore> criteria, List<ReviewerRecommendation> recommendations) {

    /** A score as every screen shows it: one decimal, "—" when there is none. */
    public static String text(@Nullable BigDecimal score) {
        return score == null ? "—" : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** One criterion's mean over the submitted scorecards that rated it. */
    public record CriterionScore(String criterion, @Nullable BigDecimal average, int ratings) {
    }

    /** One submitted scorecard's verdict. */
    public record ReviewerRecommendation(String reviewer, @Nullable String reviewerName,
            Recommendation recommendation, @Nullable BigDecimal score) {
    }
}
