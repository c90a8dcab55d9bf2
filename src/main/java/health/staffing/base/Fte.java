package health.staffing.base;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How the portal writes a full-time equivalent and its split, everywhere: "1.0 FTE (0.5 administrative,
 * 0.5 clinical)", "0.5 FTE (administrative)", "1.0 FTE (clinical)", "1.0 FTE" when the split is not
 * known, "—" when there is no FTE.
 */
public final class Fte {

    private Fte() {
    }

    public static String text(@Nullable BigDecimal fte, @Nullable BigDecimal adminFte) {
        if (fte == null) {
            return "—";
        }
        String text = number(fte) + " FTE";
        if (adminFte == null) {
            return text;
        }
        if (adminFte.signum() == 0) {
            return text + " (clinical)";
        }
        if (adminFte.compareTo(fte) >= 0) {
            return text + " (administrative)";
        }
        return text + " (" + number(adminFte) + " administrative, " + number(fte.subtract(adminFte)) + " clinical)";
    }

    /** "1.0", "0.5", "0.75": at least one decimal, no trailing zeros beyond it. */
    public static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
    }
}
