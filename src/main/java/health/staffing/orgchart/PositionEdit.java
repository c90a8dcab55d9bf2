package health.staffing.orgchart;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The describing fields of a position that HR edits in place (not where it sits or who holds it). */
public record PositionEdit(String title, @Nullable String department, @Nullable String locationCity,
        @Nullable String locationState, @Nullable BigDecimal fte, @Nullable BigDecimal adminFte) {
}
