package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A requisition as screens and other features read it. User names (hiring manager, recruiter,
 * requester) come with their display names. {@code positionCode} is the seat: the vacant one a
 * replacement fills, or for a new position the seat created when it is approved (null before).
 */
public record RequisitionDetails(long id, long version, String reference, RequisitionKind kind, RequisitionStatus status,
        String title, @Nullable String organisationCode, @Nullable String organisationName, String department,
        String category, @Nullable String addressLine, String city, String state, @Nullable String postalCode,
        WorkArrangement workArrangement, @Nullable Integer daysOnSite, EmploymentType employmentType, JobType jobType,
        BigDecimal fte, BigDecimal adminFte, @Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax,
        boolean adjustedForFte, String justification, String hiringManager, @Nullable String hiringManagerName,
        String recruiter, @Nullable String recruiterName, String requestedBy, @Nullable String requestedByName,
        @Nullable LocalDate targetStart, int openings, String costCenter, @Nullable String positionCode,
        @Nullable String managerPositionCode, List<ProposedDottedLine> dottedLines, int approvalRound,
        @Nullable Instant submittedAt, Instant createdAt, Instant statusChangedAt, @Nullable String closingReason) {

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }

    /** Yearly cost of the lowest offer for all openings: salary minimum × FTE × openings. */
    public @Nullable BigDecimal budgetMin() {
        return Budget.of(salaryMin, fte, openings);
    }

    /** Yearly cost of the highest offer for all openings: salary maximum × FTE × openings. */
    public @Nullable BigDecimal budgetMax() {
        return Budget.of(salaryMax, fte, openings);
    }

    public String location() {
        return city + ", " + state;
    }

    /** The work arrangement as a posting states it: "Hybrid, 1 day a week on site". */
    public String workArrangementText() {
        if (workArrangement == WorkArrangement.HYBRID && daysOnSite != null) {
            return "Hybrid, " + daysOnSite + (daysOnSite == 1 ? " day" : " days") + " a week on site";
        }
        return workArrangement.label();
    }
}
