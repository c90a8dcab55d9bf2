package health.staffing.insight;

import org.jspecify.annotations.Nullable;

/** A held seat flagged for retirement risk: its holder and whether successors are named and one is ready now. */
public record RiskSeat(String code, String title, String organisationCode, @Nullable String incumbent,
        long successors, boolean readyNow) {
}
