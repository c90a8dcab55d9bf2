package health.staffing.candidates;

import java.time.Instant;

/**
 * An application came to an end that leaves nothing to offer (the candidate withdrew, HR rejected
 * it). Published inside the ending transaction so the offers sub-module closes what is open with it.
 */
public record ApplicationEnded(long applicationId, Instant at, String reason) {
}
