package health.staffing.candidates;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One move in the caregiver's own application as they read it: the courteous status
 * ({@link ApplicationStage#caregiverText}) and, when there is one, the message HR chose to send or
 * the caregiver's own reason for withdrawing; never HR's internal reason or who moved it.
 */
public record MyStageChange(ApplicationStage to, String status, Instant at, @Nullable String message) {
}
