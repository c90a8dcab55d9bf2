package health.staffing.insight.ui;

import health.staffing.base.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the dashboard writes its numbers: counts with separators, days to one decimal, shares in percent. */
final class Figures {

    static final String NONE = "—";

    private Figures() {
    }

    static String count(long count) {
        return String.format(Locale.US, "%,d", count);
    }

    static String days(@Nullable Double days) {
        return days == null ? NONE : String.format(Locale.US, "%,.1f d", days);
    }

    static String percent(@Nullable Double share) {
        return share == null ? NONE : String.format(Locale.US, "%.0f %%", share * 100);
    }

    static String money(BigDecimal amount) {
        return Money.text(amount);
    }

    static String moneyRange(BigDecimal min, BigDecimal max) {
        return min.signum() == 0 && max.signum() == 0 ? NONE : Money.text(min) + " – " + Money.text(max);
    }

    /** "$2.19M – $2.55M": a headline that fits its tile; the exact range goes beside it. */
    static String compactRange(BigDecimal min, BigDecimal max) {
        return min.signum() == 0 && max.signum() == 0 ? NONE : compact(min) + " – " + compact(max);
    }

    private static String compact(BigDecimal amount) {
        double value = amount.doubleValue();
        if (value >= 1_000_000) {
            return String.format(Locale.US, "$%.2fM", value / 1_000_000);
        }
        return value >= 1_000 ? String.format(Locale.US, "$%.0fK", value / 1_000) : Money.text(amount);
    }

    /** A day figure rounded for export: one decimal, or nothing. */
    static @Nullable BigDecimal exportDays(@Nullable Double days) {
        return days == null ? null : BigDecimal.valueOf(days).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
