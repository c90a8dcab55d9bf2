package health.staffing.candidates.scorecards;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reviewer assigned to an application, as the hiring team sees the assignment (not the scores). */
public record ReviewerAssignment(long applicationId, String reviewer, @Nullable String reviewerName,
        boolean submitted, String assignedBy, Instant assignedAt, @Nullable Instant submittedAt) {
}
