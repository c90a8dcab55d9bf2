package health.staffing.candidates;

import org.jspecify.annotations.Nullable;

/**
 * An application was created (a caregiver applied, or HR added an external person), published in
 * the creating transaction so nested modules (referrals) can link to it there.
 */
public record ApplicationReceived(long applicationId, long requisitionId, @Nullable Long employeeId,
        @Nullable String email) {
}
