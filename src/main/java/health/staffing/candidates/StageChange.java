package health.staffing.candidates;

import java.time.Instant;

/** One move in an application's history. */
public record StageChange(ApplicationStage from, ApplicationStage to, String by, Instant at, String reason) {
}
