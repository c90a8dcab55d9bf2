package health.staffing.candidates;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One move in an application's history as the hiring team reads it: {@code reason} is internal
 * (the candidate never reads it), {@code candidateMessage} what HR chose to tell the candidate.
 */
public record StageChange(@Nullable ApplicationStage from, ApplicationStage to, String by, Instant at,
        @Nullable String reason, @Nullable String candidateMessage) {
}
