package health.staffing.candidates.scorecards;

import java.util.List;

/**
 * What an assigned reviewer's scorecard page shows: the candidate, the criteria to rate, their
 * own scorecard, and the other reviewers' submitted scorecards, which stay empty until their own
 * is submitted (independent scoring).
 */
public record ReviewerPage(ReviewCandidate candidate, List<String> criteria, ReviewScorecard mine,
        List<ReviewScorecard> others) {
}
