package health.staffing.orgchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new seat. {@code managerPositionCode} is null only for an organisation's top position;
 * {@code incumbentEmployeeId} is null for a vacancy.
 */
public record NewPosition(String code, String title, String organisationCode, @Nullable String department,
        @Nullable String locationCity, @Nullable String locationState, @Nullable BigDecimal fte,
        @Nullable BigDecimal adminFte, @Nullable String managerPositionCode, @Nullable Long incumbentEmployeeId,
        LocalDate effectiveFrom) {
}
