package health.staffing.requisitions;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The request to fill one leadership seat. It guards its own lifecycle: every status change goes
 * through {@link #moveTo}, which refuses what {@link RequisitionStatus#next()} does not allow, and
 * edits are refused while decisions are pending or after the requisition is closed.
 */
@Entity
@Table(name = "requisition")
class Requisition extends AbstractEntity {

    private String reference;

    @Enumerated(EnumType.STRING)
    private RequisitionKind kind;

    @Enumerated(EnumType.STRING)
    private RequisitionStatus status = RequisitionStatus.DRAFT;

    private String title;
    private String organisationCode;
    private String department;
    private String category;
    private @Nullable String addressLine;
    private String city;
    private String state;
    private @Nullable String postalCode;

    @Enumerated(EnumType.STRING)
    private WorkArrangement workArrangement;

    private @Nullable Integer daysOnSite;

    @Enumerated(EnumType.STRING)
    private EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    private JobType jobType;

    private BigDecimal fte;
    private BigDecimal adminFte;
    private @Nullable BigDecimal salaryMin;
    private @Nullable BigDecimal salaryMax;
    private boolean adjustedForFte;
    private String justification;
    private String hiringManager;
    private String recruiter;
    private String requestedBy;
    private @Nullable LocalDate targetStart;
    private int openings;
    private String costCenter;
    private @Nullable String positionCode;
    private @Nullable String managerPositionCode;
    private int approvalRound;
    private @Nullable Instant submittedAt;
    private Instant statusChangedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable RequisitionStatus heldFromStatus;

    private @Nullable String closingReason;

    @ElementCollection
    @CollectionTable(name = "requisition_dotted_line", joinColumns = @JoinColumn(name = "requisition_id"))
    @OrderColumn(name = "ordinal")
    private List<ProposedDottedLine> dottedLines = new ArrayList<>();

    protected Requisition() {
    }

    @SuppressWarnings("NullAway.Init") // what is asked is set by apply(form, placement), called right after
    Requisition(String reference, RequisitionKind kind, String requestedBy, Instant now) {
        this.reference = reference;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.statusChangedAt = now;
    }

    /**
     * Takes the form's values after the service has resolved the org-chart placement. Returns the
     * material fields that changed (those an approver based the decision on), empty when none did.
     */
    List<String> apply(RequisitionForm form, Placement placement) {
        if (!status.isFreelyEditable() && status != RequisitionStatus.APPROVED && status != RequisitionStatus.POSTED) {
            throw new DomainException("A requisition that is " + status.label().toLowerCase()
                    + " cannot be edited." + (status == RequisitionStatus.ON_HOLD ? " Resume it first." : ""));
        }
        RequisitionRules.check(form);
        List<String> material = materialChanges(form, placement);
        title = form.getTitle().trim();
        organisationCode = placement.organisationCode();
        positionCode = placement.positionCode();
        managerPositionCode = placement.managerPositionCode();
        department = form.getDepartment().trim();
        category = form.getCategory().trim();
        addressLine = blankToNull(form.getAddressLine());
        city = form.getCity().trim();
        state = form.getState().trim().toUpperCase();
        postalCode = blankToNull(form.getPostalCode());
        workArrangement = form.getWorkArrangement();
        daysOnSite = form.getWorkArrangement() == WorkArrangement.HYBRID ? form.getDaysOnSite() : null;
        employmentType = form.getEmploymentType();
        jobType = form.getJobType();
        fte = form.getFte();
        adminFte = form.getAdminFte();
        salaryMin = form.getSalaryMin();
        salaryMax = form.getSalaryMax();
        adjustedForFte = form.isAdjustedForFte();
        justification = form.getJustification().trim();
        hiringManager = checked(form.getHiringManager());
        recruiter = checked(form.getRecruiter());
        targetStart = form.getTargetStart();
        openings = form.getOpenings();
        costCenter = form.getCostCenter().trim();
        if (kind == RequisitionKind.NEW_POSITION) {
            dottedLines.clear();
            dottedLines.addAll(form.getDottedLines());
        }
        return material;
    }

    /**
     * What approvers decided on: the seat (title, FTE and its split, manager seat, dotted lines), the
     * cost (range, whether it scales with FTE, openings, cost centre), the pay-transparency
     * jurisdiction (state and city) and who hires. The recruiter is HR's staffing of the search, not
     * part of the decision (decision 10), so a change of recruiter alone never reopens approval.
     */
    private List<String> materialChanges(RequisitionForm form, Placement placement) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(title, form.getTitle().trim())) {
            changed.add("title");
        }
        if (!sameAmount(fte, form.getFte()) || !sameAmount(adminFte, form.getAdminFte())) {
            changed.add("FTE");
        }
        if (!sameAmount(salaryMin, form.getSalaryMin()) || !sameAmount(salaryMax, form.getSalaryMax())) {
            changed.add("salary range");
        }
        if (adjustedForFte != form.isAdjustedForFte()) {
            changed.add("adjusted for FTE");
        }
        if (openings != form.getOpenings()) {
            changed.add("openings");
        }
        if (!Objects.equals(managerPositionCode, placement.managerPositionCode())) {
            changed.add("manager position");
        }
        if (!Objects.equals(hiringManager, form.getHiringManager())) {
            changed.add("hiring manager");
        }
        if (!Objects.equals(state, form.getState().trim().toUpperCase())
                || !Objects.equals(city, form.getCity().trim())) {
            changed.add("location");
        }
        if (!Objects.equals(costCenter, form.getCostCenter().trim())) {
            changed.add("cost centre");
        }
        if (kind == RequisitionKind.NEW_POSITION && !dottedLines.equals(form.getDottedLines())) {
            changed.add("dotted lines");
        }
        return changed;
    }

    /**
     * HR hands the requisition to another hiring manager or recruiter (a recruiter who applies to
     * it, someone who left). Returns whether the hiring manager changed, which is material.
     */
    boolean reassign(String newHiringManager, String newRecruiter) {
        if (status.isFinal()) {
            throw new DomainException("A requisition that is " + status.label().toLowerCase()
                    + " cannot be reassigned.");
        }
        boolean hiringManagerChanged = !Objects.equals(hiringManager, newHiringManager);
        hiringManager = newHiringManager;
        recruiter = newRecruiter;
        return hiringManagerChanged;
    }

    /** Enters a new approval round: from draft, after changes were requested, or after a material change. */
    void submit(Instant now) {
        if (salaryMin == null || salaryMax == null) {
            throw new DomainException("Enter the salary range (minimum and maximum) before submitting: approvers decide on its cost.");
        }
        moveTo(RequisitionStatus.PENDING_APPROVAL, now);
        approvalRound++;
        submittedAt = now;
    }

    void approve(Instant now) {
        moveTo(RequisitionStatus.APPROVED, now);
    }

    void reject(@Nullable String reason, Instant now) {
        moveTo(RequisitionStatus.REJECTED, now);
        closingReason = reason;
    }

    void requestChanges(Instant now) {
        moveTo(RequisitionStatus.CHANGES_REQUESTED, now);
    }

    void markPosted(Instant now) {
        moveTo(RequisitionStatus.POSTED, now);
    }

    void markFilled(Instant now) {
        moveTo(RequisitionStatus.FILLED, now);
    }

    void cancel(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Say why the requisition is cancelled.");
        }
        moveTo(RequisitionStatus.CANCELLED, now);
        closingReason = reason.trim();
    }

    void hold(Instant now) {
        RequisitionStatus from = status;
        moveTo(RequisitionStatus.ON_HOLD, now);
        heldFromStatus = from;
    }

    void resume(Instant now) {
        if (status != RequisitionStatus.ON_HOLD) {
            throw new DomainException("Only a requisition on hold can be resumed.");
        }
        moveTo(Objects.requireNonNull(heldFromStatus, "held from a status"), now);
        heldFromStatus = null;
    }

    /** Records the seat created for a new position once it is approved. */
    void placeIn(String newPositionCode) {
        positionCode = newPositionCode;
    }

    private void moveTo(RequisitionStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("A requisition that is " + status.label().toLowerCase() + " cannot become "
                    + target.label().toLowerCase() + ".");
        }
        status = target;
        statusChangedAt = now;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Required by {@link RequisitionRules#check}, which ran first. */
    static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by RequisitionRules");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    String getReference() {
        return reference;
    }

    RequisitionKind getKind() {
        return kind;
    }

    RequisitionStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    String getOrganisationCode() {
        return organisationCode;
    }

    String getDepartment() {
        return department;
    }

    String getCategory() {
        return category;
    }

    @Nullable String getAddressLine() {
        return addressLine;
    }

    String getCity() {
        return city;
    }

    String getState() {
        return state;
    }

    @Nullable String getPostalCode() {
        return postalCode;
    }

    WorkArrangement getWorkArrangement() {
        return workArrangement;
    }

    @Nullable Integer getDaysOnSite() {
        return daysOnSite;
    }

    EmploymentType getEmploymentType() {
        return employmentType;
    }

    JobType getJobType() {
        return jobType;
    }

    BigDecimal getFte() {
        return fte;
    }

    BigDecimal getAdminFte() {
        return adminFte;
    }

    @Nullable BigDecimal getSalaryMin() {
        return salaryMin;
    }

    @Nullable BigDecimal getSalaryMax() {
        return salaryMax;
    }

    boolean isAdjustedForFte() {
        return adjustedForFte;
    }

    String getJustification() {
        return justification;
    }

    String getHiringManager() {
        return hiringManager;
    }

    String getRecruiter() {
        return recruiter;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    @Nullable LocalDate getTargetStart() {
        return targetStart;
    }

    int getOpenings() {
        return openings;
    }

    String getCostCenter() {
        return costCenter;
    }

    @Nullable String getPositionCode() {
        return positionCode;
    }

    @Nullable String getManagerPositionCode() {
        return managerPositionCode;
    }

    int getApprovalRound() {
        return approvalRound;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    @Nullable String getClosingReason() {
        return closingReason;
    }

    List<ProposedDottedLine> getDottedLines() {
        return List.copyOf(dottedLines);
    }

    /** Where the seat sits, resolved from the org chart by the service. */
    record Placement(String organisationCode, @Nullable String positionCode, @Nullable String managerPositionCode) {
    }
}
