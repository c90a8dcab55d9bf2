/**
 * Review, a nested module of candidates: the hiring team's work on the applications of a
 * requisition. The candidate grid and its filters ({@link health.staffing.candidates.review.CandidateReviewService},
 * read with SQL by {@code ReviewQueries}), one application's detail with its tabs, stage moves and
 * rejections (which publish {@link health.staffing.candidates.ApplicationEnded}), the blind first pass,
 * and the side-by-side comparison. Scores and reviewer assignment come through its ports
 * {@link health.staffing.candidates.review.ApplicationScores} and
 * {@link health.staffing.candidates.review.ReviewerAssignments}, which scorecards implements; so
 * review uses screening and the parent, and nothing it uses depends on it.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"candidates", "candidates :: screens",
        "candidates.screening", "requisitions", "people", "orgchart", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
