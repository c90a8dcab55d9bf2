package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the requisition form edits: a plain bean a Vaadin {@code Binder} fills and the service
 * validates again. {@link #from(RequisitionDetails)} starts an edit from what is stored.
 */
public class RequisitionForm {

    /** The widths of the requisition's columns (V2): the rules refuse longer text, the form stops there. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DEPARTMENT = 200;
    public static final int MAX_CATEGORY = 200;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_POSTAL_CODE = 10;
    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_COST_CENTER = 40;
    public static final int MAX_DOTTED_LABEL = 100;
    /** No leadership salary comes near it; it keeps amounts well inside numeric(12, 2). */
    public static final BigDecimal MAX_SALARY = new BigDecimal("10000000");
    public static final int MAX_OPENINGS = 50;

    /** A US ZIP code, when given; the form and the rules share it. */
    public static Optional<String> postalCodeProblem(String postalCode) {
        return postalCode == null || postalCode.isBlank() || postalCode.strip().matches("\\d{5}(-\\d{4})?")
                ? Optional.empty()
                : Optional.of("Enter the postal code as a ZIP code (02145 or 02145-1234), or leave it empty.");
    }

    private RequisitionKind kind = RequisitionKind.NEW_POSITION;
    private @Nullable String positionCode;
    private @Nullable String managerPositionCode;
    private String title = "";
    private String department = "";
    private String category = "";
    private String addressLine = "";
    private String city = "";
    private String state = "";
    private String postalCode = "";
    private WorkArrangement workArrangement = WorkArrangement.ON_SITE;
    private @Nullable Integer daysOnSite;
    private EmploymentType employmentType = EmploymentType.FULL_TIME;
    private JobType jobType = JobType.REGULAR;
    private BigDecimal fte = BigDecimal.ONE;
    private BigDecimal adminFte = BigDecimal.ONE;
    private @Nullable BigDecimal salaryMin;
    private @Nullable BigDecimal salaryMax;
    private boolean adjustedForFte = false;
    private String justification = "";
    private @Nullable String hiringManager;
    private @Nullable String recruiter;
    private @Nullable LocalDate targetStart;
    private int openings = 1;
    private String costCenter = "";
    private List<ProposedDottedLine> dottedLines = new ArrayList<>();

    public RequisitionKind getKind() {
        return kind;
    }

    public void setKind(RequisitionKind kind) {
        this.kind = kind;
    }

    public @Nullable String getPositionCode() {
        return positionCode;
    }

    public void setPositionCode(@Nullable String positionCode) {
        this.positionCode = positionCode;
    }

    public @Nullable String getManagerPositionCode() {
        return managerPositionCode;
    }

    public void setManagerPositionCode(@Nullable String managerPositionCode) {
        this.managerPositionCode = managerPositionCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public WorkArrangement getWorkArrangement() {
        return workArrangement;
    }

    public void setWorkArrangement(WorkArrangement workArrangement) {
        this.workArrangement = workArrangement;
    }

    public @Nullable Integer getDaysOnSite() {
        return daysOnSite;
    }

    public void setDaysOnSite(@Nullable Integer daysOnSite) {
        this.daysOnSite = daysOnSite;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public JobType getJobType() {
        return jobType;
    }

    public void setJobType(JobType jobType) {
        this.jobType = jobType;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public void setFte(BigDecimal fte) {
        this.fte = fte;
    }

    public BigDecimal getAdminFte() {
        return adminFte;
    }

    public void setAdminFte(BigDecimal adminFte) {
        this.adminFte = adminFte;
    }

    public @Nullable BigDecimal getSalaryMin() {
        return salaryMin;
    }

    public void setSalaryMin(@Nullable BigDecimal salaryMin) {
        this.salaryMin = salaryMin;
    }

    public @Nullable BigDecimal getSalaryMax() {
        return salaryMax;
    }

    public void setSalaryMax(@Nullable BigDecimal salaryMax) {
        this.salaryMax = salaryMax;
    }

    public boolean isAdjustedForFte() {
        return adjustedForFte;
    }

    public void setAdjustedForFte(boolean adjustedForFte) {
        this.adjustedForFte = adjustedForFte;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public @Nullable String getHiringManager() {
        return hiringManager;
    }

    public void setHiringManager(@Nullable String hiringManager) {
        this.hiringManager = hiringManager;
    }

    public @Nullable String getRecruiter() {
        return recruiter;
    }

    public void setRecruiter(@Nullable String recruiter) {
        this.recruiter = recruiter;
    }

    public @Nullable LocalDate getTargetStart() {
        return targetStart;
    }

    public void setTargetStart(@Nullable LocalDate targetStart) {
        this.targetStart = targetStart;
    }

    public int getOpenings() {
        return openings;
    }

    public void setOpenings(int openings) {
        this.openings = openings;
    }

    public String getCostCenter() {
        return costCenter;
    }

    public void setCostCenter(String costCenter) {
        this.costCenter = costCenter;
    }

    public List<ProposedDottedLine> getDottedLines() {
        return dottedLines;
    }

    public void setDottedLines(List<ProposedDottedLine> dottedLines) {
        this.dottedLines = new ArrayList<>(dottedLines);
    }

    /** A form holding what is stored, for editing. */
    public static RequisitionForm from(RequisitionDetails details) {
        RequisitionForm form = new RequisitionForm();
        form.setKind(details.kind());
        form.setPositionCode(details.positionCode());
        form.setManagerPositionCode(details.managerPositionCode());
        form.setTitle(details.title());
        form.setDepartment(details.department());
        form.setCategory(details.category());
        form.setAddressLine(Objects.requireNonNullElse(details.addressLine(), ""));
        form.setCity(details.city());
        form.setState(details.state());
        form.setPostalCode(Objects.requireNonNullElse(details.postalCode(), ""));
        form.setWorkArrangement(details.workArrangement());
        form.setDaysOnSite(details.daysOnSite());
        form.setEmploymentType(details.employmentType());
        form.setJobType(details.jobType());
        form.setFte(details.fte());
        form.setAdminFte(details.adminFte());
        form.setSalaryMin(details.salaryMin());
        form.setSalaryMax(details.salaryMax());
        form.setAdjustedForFte(details.adjustedForFte());
        form.setJustification(details.justification());
        form.setHiringManager(details.hiringManager());
        form.setRecruiter(details.recruiter());
        form.setTargetStart(details.targetStart());
        form.setOpenings(details.openings());
        form.setCostCenter(details.costCenter());
        form.setDottedLines(details.dottedLines());
        return form;
    }
}
