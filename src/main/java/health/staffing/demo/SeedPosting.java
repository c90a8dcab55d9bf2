package health.staffing.demo;

import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobType;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.WorkArrangement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One seed posting: the requisition facts it needs (the seat, title, place, employment and pay) and
 * the posting content HR writes. {@code reference} is the job reference the seed carries (seed
 * 004: "102619"), null when it has none.
 */
public record SeedPosting(String seed, String positionCode, String title, String department, String category,
        @Nullable String addressLine, String city, String state, @Nullable String postalCode,
        WorkArrangement workArrangement, @Nullable Integer daysOnSite, EmploymentType employmentType, JobType jobType,
        BigDecimal fte, BigDecimal adminFte, BigDecimal salaryMin, BigDecimal salaryMax, boolean adjustedForFte,
        @Nullable String reference, PostingContent content) {

    SeedPosting(String seed, String positionCode, String title, String department, String category,
            @Nullable String addressLine, String city, String state, @Nullable String postalCode,
            WorkArrangement workArrangement, @Nullable Integer daysOnSite, EmploymentType employmentType,
            JobType jobType, String fte, String adminFte, String salaryMin, String salaryMax, boolean adjustedForFte,
            @Nullable String reference, PostingContent content) {
        this(seed, positionCode, title, department, category, addressLine, city, state, postalCode, workArrangement,
                daysOnSite, employmentType, jobType, new BigDecimal(fte), new BigDecimal(adminFte),
                new BigDecimal(salaryMin), new BigDecimal(salaryMax), adjustedForFte, reference, content);
    }

    /**
     * The seed as if it were listed recently and open until {@code closeDate}: the seeds' own dates
     * (early 2026) would make every demo posting closed by the time anyone looks at it.
     */
    public SeedPosting openUntil(LocalDate closeDate) {
        LocalDate seeded = content.openDate();
        LocalDate open = seeded != null && seeded.isBefore(closeDate) ? seeded : closeDate.minusDays(30);
        PostingContent reopened = new PostingContent(content.sections(), content.requirements(), content.visibility(),
                content.internalDays(), open, closeDate, content.otherLocations());
        return new SeedPosting(seed, positionCode, title, department, category, addressLine, city, state, postalCode,
                workArrangement, daysOnSite, employmentType, jobType, fte, adminFte, salaryMin, salaryMax, adjustedForFte,
                reference, reopened);
    }

    /**
     * A replacement requisition for the seed's vacant seat, ready to create (the demo seats are
     * vacant in the chart). The justification and cost center are the demo's, not the seed's.
     */
    public RequisitionForm requisitionForm(String hiringManager, String recruiter) {
        RequisitionForm form = new RequisitionForm();
        form.setKind(RequisitionKind.REPLACEMENT);
        form.setPositionCode(positionCode);
        form.setTitle(title);
        form.setDepartment(department);
        form.setCategory(category);
        form.setAddressLine(addressLine == null ? "" : addressLine);
        form.setCity(city);
        form.setState(state);
        form.setPostalCode(Objects.requireNonNullElse(postalCode, ""));
        form.setWorkArrangement(workArrangement);
        form.setDaysOnSite(daysOnSite);
        form.setEmploymentType(employmentType);
        form.setJobType(jobType);
        form.setFte(fte);
        form.setAdminFte(adminFte);
        form.setSalaryMin(salaryMin);
        form.setSalaryMax(salaryMax);
        form.setAdjustedForFte(adjustedForFte);
        form.setJustification("Seed posting " + seed + ": " + title + " is vacant.");
        form.setHiringManager(hiringManager);
        form.setRecruiter(recruiter);
        form.setOpenings(1);
        form.setCostCenter("CC-SEED-" + seed);
        return form;
    }
}
