package health.staffing.insight;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Median and 90th percentile of a handful of values, interpolated between the nearest two as SQL's
 * {@code percentile_cont} does, so figures computed here and in the database agree.
 */
final class Percentiles {

    private Percentiles() {
    }

    static @Nullable Double of(double[] values, double fraction) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    static Durations durations(String key, String label, double[] days) {
        return new Durations(key, label, days.length, of(days, 0.5), of(days, 0.9));
    }
}
