package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A requisition for seed 002's Medical Director for Primary Care Quality, as plain domain objects. */
final class RequisitionTestData {

    static final Requisition.Placement PLACEMENT = new Requisition.Placement("MGB", null, "MGB-ACMO-PC");

    private RequisitionTestData() {
    }

    static Requisition draft() {
        return new Requisition("102700", RequisitionKind.NEW_POSITION, "manager", Instant.parse("2026-11-01T09:00:00Z"));
    }

    static RequisitionForm form() {
        RequisitionForm form = new RequisitionForm();
        form.setKind(RequisitionKind.NEW_POSITION);
        form.setManagerPositionCode("MGB-ACMO-PC");
        form.setDottedLines(List.of(new ProposedDottedLine("MGB-ACPHO", "population health")));
        form.setTitle("Medical Director for Quality, Primary Care");
        form.setDepartment("Primary Care");
        form.setCategory("Physician Leadership");
        form.setAddressLine("399 Revolution Drive");
        form.setCity("Somerville");
        form.setState("MA");
        form.setPostalCode("02145");
        form.setWorkArrangement(WorkArrangement.HYBRID);
        form.setDaysOnSite(3);
        form.setEmploymentType(EmploymentType.FULL_TIME);
        form.setJobType(JobType.REGULAR);
        form.setFte(new BigDecimal("1.00"));
        form.setAdminFte(new BigDecimal("0.50"));
        form.setSalaryMin(new BigDecimal("280000"));
        form.setSalaryMax(new BigDecimal("340000"));
        form.setAdjustedForFte(true);
        form.setJustification("Quality performance of about 40 primary care practices needs a dedicated leader.");
        form.setHiringManager("manager");
        form.setRecruiter("recruiter");
        form.setTargetStart(LocalDate.of(2027, 3, 1));
        form.setOpenings(1);
        form.setCostCenter("CC-4410");
        return form;
    }
}
