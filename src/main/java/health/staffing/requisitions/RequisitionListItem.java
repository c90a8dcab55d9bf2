package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the requisition grid. */
public record RequisitionListItem(long id, String reference, RequisitionKind kind, RequisitionStatus status, String title,
        @Nullable String organisationCode, String department, @Nullable String hiringManagerName,
        @Nullable String recruiterName, BigDecimal fte, @Nullable BigDecimal budgetMax, Instant createdAt,
        long ageDays) {
}
