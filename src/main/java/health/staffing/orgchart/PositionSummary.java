package health.staffing.orgchart;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A position as screens and other features see it on a given day, with the incumbent's name resolved. */
public record PositionSummary(long id, String code, String title, String organisationCode,
        @Nullable String organisationName, @Nullable String department, @Nullable String locationCity,
        @Nullable String locationState, BigDecimal fte, BigDecimal adminFte, @Nullable Long incumbentEmployeeId,
        @Nullable String incumbentName, int directReports, boolean retirementRisk) {

    public boolean vacant() {
        return incumbentEmployeeId == null;
    }

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }

    public @Nullable String location() {
        if (locationCity == null) {
            return locationState;
        }
        return locationState == null ? locationCity : locationCity + ", " + locationState;
    }

    PositionSummary withIncumbentName(@Nullable String name) {
        return new PositionSummary(id, code, title, organisationCode, organisationName, department, locationCity,
                locationState, fte, adminFte, incumbentEmployeeId, name, directReports, retirementRisk);
    }
}
