package health.staffing.orgchart;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new seat. {@code managerPositionCode} is null only for an organisation's top position;
 * {@code incumbentEmployeeId} is null for a vacancy.
 */
public record NewPosition(String code, String title, String organisationCode, String department,
        String locationCity, String locationState, BigDecimal fte, BigDecimal adminFte,
        String managerPositionCode, Long incumbentEmployeeId, LocalDate effectiveFrom) {
}
