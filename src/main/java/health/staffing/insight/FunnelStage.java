package health.staffing.insight;

import health.staffing.candidates.ApplicationStage;
import org.jspecify.annotations.Nullable;

/**
 * One stage of the funnel for the applications submitted in the period: how many reached it, how many
 * are in it now, the share of the previous stage's that reached it, and the average days spent in it by
 * those that left it in the period.
 */
public record FunnelStage(ApplicationStage stage, long reached, long now, @Nullable Double conversion,
        @Nullable Double averageDaysInStage) {
}
