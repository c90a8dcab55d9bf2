package health.staffing.insight;

import org.jspecify.annotations.Nullable;

/** How long something took, in days, for one group: how many, the median and the 90th percentile (null when none). */
public record Durations(String key, String label, long count, @Nullable Double medianDays, @Nullable Double p90Days) {
}
