package health.staffing.candidates;

/** An application and the version the reviewer saw, for a (bulk) stage change. */
public record StageMove(long applicationId, long expectedVersion) {
}
