package health.staffing.candidates.review;

import java.util.List;

/**
 * What the review grid and the comparison need of the reviewers' scores, implemented by the
 * scorecards sub-module (which owns the scorecards and the independent-scoring rule) so this module
 * does not depend on it.
 */
public interface ApplicationScores {

    /** Whether the signed-in person may see the application's submitted scores now. */
    boolean maySeeScores(long applicationId);

    /** The submitted scorecards summed up; refused when {@link #maySeeScores} says no. */
    ScoreSummary summary(long applicationId);

    /** The criteria a scorecard of this requisition rates. */
    List<String> criteria(long requisitionId);

    /** Whether the signed-in person still has a scorecard to submit (the grid then hides the scores). */
    boolean hasOpenScorecards();
}
