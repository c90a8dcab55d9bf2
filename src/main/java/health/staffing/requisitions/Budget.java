package health.staffing.requisitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The budget impact of a salary figure: what it costs per year for the requested FTE and openings. */
public final class Budget {

    private Budget() {
    }

    /** {@code salary × fte × openings}, rounded to whole dollars; null when the salary is not known yet. */
    public static @Nullable BigDecimal of(@Nullable BigDecimal salary, @Nullable BigDecimal fte, int openings) {
        if (salary == null || fte == null) {
            return null;
        }
        return salary.multiply(fte).multiply(BigDecimal.valueOf(openings)).setScale(0, RoundingMode.HALF_UP);
    }
}
