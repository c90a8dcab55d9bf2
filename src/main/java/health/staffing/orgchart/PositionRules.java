package health.staffing.orgchart;

import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a seat's describing fields must hold, one rule per field: {@link Position} refuses with these
 * words, and the org chart's dialogs show them on the field before the service is asked.
 */
public final class PositionRules {

    private PositionRules() {
    }

    public static Optional<String> title(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.of("A position needs a title.")
                : TextLimits.problem("The title", value, OrgChartLimits.MAX_TITLE);
    }

    public static Optional<String> department(@Nullable String value) {
        return TextLimits.problem("The department", value, OrgChartLimits.MAX_DEPARTMENT);
    }

    public static Optional<String> city(@Nullable String value) {
        return TextLimits.problem("The city", value, OrgChartLimits.MAX_CITY);
    }

    /** Optional; when given, a two-letter code. */
    public static Optional<String> state(@Nullable String value) {
        return value == null || value.isBlank() || value.trim().toUpperCase().matches("[A-Z]{2}") ? Optional.empty()
                : Optional.of("State must be a two-letter code such as MA or NY.");
    }

    /** Total FTE in (0, 1], at most two decimals. */
    public static Optional<String> fte(@Nullable BigDecimal total) {
        if (total == null || total.signum() <= 0 || total.compareTo(Position.MAX_FTE) > 0) {
            return Optional.of("FTE must be more than 0 and at most 1.0.");
        }
        return twoDecimals(total);
    }

    /** The administrative part, between 0 and the total (when the total is known). */
    public static Optional<String> adminFte(@Nullable BigDecimal total, @Nullable BigDecimal administrative) {
        if (administrative != null && administrative.stripTrailingZeros().scale() > 2) {
            return twoDecimals(administrative);
        }
        if (administrative == null || administrative.signum() < 0 || (total != null && administrative.compareTo(total) > 0)) {
            return Optional.of("Administrative FTE must be between 0 and the total FTE"
                    + (total == null ? "." : " (" + total + ")."));
        }
        return Optional.empty();
    }

    private static Optional<String> twoDecimals(BigDecimal fte) {
        return fte.stripTrailingZeros().scale() > 2
                ? Optional.of("FTEs have at most two digits after the point (0.75).") : Optional.empty();
    }
}
