package health.staffing.orgchart;

import java.math.BigDecimal;

/** The describing fields of a position that HR edits in place (not where it sits or who holds it). */
public record PositionEdit(String title, String department, String locationCity, String locationState,
        BigDecimal fte, BigDecimal adminFte) {
}
