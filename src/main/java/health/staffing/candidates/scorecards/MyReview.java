package health.staffing.candidates.scorecards;

import health.staffing.candidates.ApplicationStage;
import java.time.Instant;

/**
 * One application a reviewer is assigned to, for their "Reviews" list. The candidate's name is
 * already masked ("Candidate 4F2A") when the requisition reviews blind and the application is new.
 */
public record MyReview(long applicationId, String reference, String title, String candidateName, boolean blind,
        ApplicationStage stage, boolean submitted, Instant assignedAt) {
}
