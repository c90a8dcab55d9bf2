package health.staffing.approvals;

import health.staffing.requisitions.RequisitionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the approvers of one round decide on, frozen when the round started, so the inbox never
 * needs the requester's rights. Budget figures are the requisition's own (salary × FTE × openings).
 */
public record RequisitionSnapshot(long requisitionId, int round, String reference, RequisitionKind kind, String title,
        @Nullable String organisationCode, @Nullable String organisationName, String department, String location,
        BigDecimal fte, @Nullable BigDecimal adminFte, @Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax,
        boolean adjustedForFte, int openings, @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax,
        @Nullable String justification, String requestedBy, @Nullable String requestedByName,
        @Nullable String hiringManager, @Nullable String hiringManagerName, @Nullable String positionCode,
        @Nullable String managerPositionCode, List<DottedLineSnapshot> dottedLines, Instant submittedAt,
        @Nullable String qualifications) {

    public @Nullable BigDecimal clinicalFte() {
        return fte == null || adminFte == null ? null : fte.subtract(adminFte);
    }
}
