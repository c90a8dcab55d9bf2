package health.staffing.candidates.scorecards;

import health.staffing.candidates.review.Recommendation;
import java.util.List;

/** What a reviewer typed into their scorecard form: one rating per criterion and a recommendation. */
public record ScorecardEntry(List<CriterionRating> ratings, Recommendation recommendation) {

    public ScorecardEntry {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }
}
