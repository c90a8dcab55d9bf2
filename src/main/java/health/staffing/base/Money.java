package health.staffing.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the portal writes an amount of money, everywhere (screens, messages, refusals): US dollars with
 * grouped thousands, cents only when there are some ("$340,000", "$340,000.50"), "—" when there is none.
 */
public final class Money {

    private static final String NONE = "—";

    private Money() {
    }

    public static String text(@Nullable BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        int cents = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(cents);
        format.setMaximumFractionDigits(cents);
        return format.format(amount);
    }

    /** "$300,000 – $340,000"; "Not set" when neither end is. */
    public static String range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        if (min == null && max == null) {
            return "Not set";
        }
        return text(min) + " – " + text(max);
    }
}
