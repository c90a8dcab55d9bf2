package health.staffing.candidates.scorecards;

import java.time.Instant;

/** A reviewer assigned to an application, as the hiring team sees the assignment (not the scores). */
public record ReviewerAssignment(long applicationId, String reviewer, String reviewerName, boolean submitted,
        String assignedBy, Instant assignedAt, Instant submittedAt) {
}
