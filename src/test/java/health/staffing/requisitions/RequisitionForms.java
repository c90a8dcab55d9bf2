package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Requisition forms the tests of every feature start from, so a new required field is added in one
 * place. Seed 002's quality director: a new seat under the assistant CMO for primary care, with a
 * dotted line to population health.
 */
public final class RequisitionForms {

    private RequisitionForms() {
    }

    public static RequisitionForm qualityDirector() {
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
