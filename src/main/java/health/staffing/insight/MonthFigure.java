package health.staffing.insight;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Offers accepted in a month and their median time to fill (days from approval to acceptance). */
public record MonthFigure(YearMonth month, long filled, @Nullable Double medianDaysToFill) {
}
