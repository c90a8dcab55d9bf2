package health.staffing.orgchart;

import java.math.BigDecimal;

/** A position as screens and other features see it on a given day, with the incumbent's name resolved. */
public record PositionSummary(long id, String code, String title, String organisationCode, String organisationName,
        String department, String locationCity, String locationState, BigDecimal fte, BigDecimal adminFte,
        Long incumbentEmployeeId, String incumbentName, int directReports, boolean retirementRisk) {

    public boolean vacant() {
        return incumbentEmployeeId == null;
    }

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }

    public String location() {
        if (locationCity == null) {
            return locationState;
        }
        return locationState == null ? locationCity : locationCity + ", " + locationState;
    }

    PositionSummary withIncumbentName(String name) {
        return new PositionSummary(id, code, title, organisationCode, organisationName, department, locationCity,
                locationState, fte, adminFte, incumbentEmployeeId, name, directReports, retirementRisk);
    }
}
