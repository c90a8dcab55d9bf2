package health.staffing.approvals;

import health.staffing.requisitions.RequisitionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the approvers of one round decide on, frozen when the round started, so the inbox never
 * needs the requester's rights. Budget figures are the requisition's own (salary × FTE × openings).
 */
public record RequisitionSnapshot(long requisitionId, int round, String reference, RequisitionKind kind, String title,
        String organisationCode, String organisationName, String department, String location, BigDecimal fte,
        BigDecimal adminFte, BigDecimal salaryMin, BigDecimal salaryMax, boolean adjustedForFte, int openings,
        BigDecimal budgetMin, BigDecimal budgetMax, String justification, String requestedBy, String requestedByName,
        String hiringManager, String hiringManagerName, String positionCode, String managerPositionCode,
        List<DottedLineSnapshot> dottedLines, Instant submittedAt, String qualifications) {

    public BigDecimal clinicalFte() {
        return fte == null || adminFte == null ? null : fte.subtract(adminFte);
    }
}
