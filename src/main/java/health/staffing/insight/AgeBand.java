package health.staffing.insight;

import org.jspecify.annotations.Nullable;

/** The age bands of open requisitions (whole days since created), with the bounds the requisition grid filters by. */
public enum AgeBand {
    UNDER_30("Under 30 days", 0, 29),
    FROM_30_TO_59("30–59 days", 30, 59),
    FROM_60_TO_89("60–89 days", 60, 89),
    FROM_90_TO_179("90–179 days", 90, 179),
    OVER_180("180 days or more", 180, null);

    private final String label;
    private final int minDays;
    private final @Nullable Integer maxDays;

    AgeBand(String label, int minDays, @Nullable Integer maxDays) {
        this.label = label;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public String label() {
        return label;
    }

    public int minDays() {
        return minDays;
    }

    public @Nullable Integer maxDays() {
        return maxDays;
    }

    public static AgeBand of(long days) {
        for (AgeBand band : values()) {
            if (band.maxDays == null || days <= band.maxDays) {
                return band;
            }
        }
        return OVER_180;
    }
}
