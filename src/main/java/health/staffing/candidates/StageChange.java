package health.staffing.candidates;

import java.time.Instant;

/**
 * One move in an application's history as the hiring team reads it: {@code reason} is internal
 * (the candidate never reads it), {@code candidateMessage} what HR chose to tell the candidate.
 */
public record StageChange(ApplicationStage from, ApplicationStage to, String by, Instant at, String reason,
        String candidateMessage) {
}
