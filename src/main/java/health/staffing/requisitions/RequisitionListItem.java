package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the requisition grid. */
public record RequisitionListItem(long id, String reference, RequisitionKind kind, RequisitionStatus status, String title,
        String organisationCode, String department, String hiringManagerName, String recruiterName, BigDecimal fte,
        BigDecimal budgetMax, Instant createdAt, long ageDays) {
}
