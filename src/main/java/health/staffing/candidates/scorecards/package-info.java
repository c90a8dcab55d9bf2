/**
 * Scorecards, a nested module of candidates: HR or the hiring manager assigns reviewers, each reviewer
 * rates the requisition's criteria and recommends, and nobody assigned sees the others' scores before
 * submitting their own (independent scoring); "My reviews" and the Scorecards tab live here. Its API is
 * this package ({@link health.staffing.candidates.scorecards.ScorecardService},
 * {@link health.staffing.candidates.scorecards.ReviewerAssignmentService} and their records); {@code ui}
 * is internal. The parent's review grid and comparison reach it only through the parent's ports
 * {@link health.staffing.candidates.ApplicationScores} and
 * {@link health.staffing.candidates.ReviewerAssignments}, which this module implements.
 */
@ApplicationModule(displayName = "Scorecards", allowedDependencies = {"candidates", "candidates :: screens",
        "candidates.review",
        "requisitions", "people", "orgchart", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.scorecards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
