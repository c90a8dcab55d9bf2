package health.staffing.orgchart;

import java.math.BigDecimal;

/** A position as screens and other features see it, with the incumbent's name resolved. */
public record PositionSummary(long id, String code, String title, String organisationName, String department,
        String location, BigDecimal fte, BigDecimal adminFte, Long incumbentEmployeeId, String incumbentName) {

    public boolean vacant() {
        return incumbentEmployeeId == null;
    }

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }
}
