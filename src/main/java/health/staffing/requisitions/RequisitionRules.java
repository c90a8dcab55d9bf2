package health.staffing.requisitions;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The field rules of a requisition, checked by the aggregate whatever screen or import filled the
 * form. All problems are reported at once so the person can fix them in one pass.
 */
final class RequisitionRules {

    static final BigDecimal MAX_FTE = BigDecimal.ONE;
    /** Reasons (cancelling, reassigning) fit the 1,000-character columns and audit entries. */
    static final int MAX_REASON = 1000;

    private RequisitionRules() {
    }

    static void check(RequisitionForm form) {
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
    }

    static List<String> problems(RequisitionForm form) {
        List<String> problems = new ArrayList<>();
        required(problems, form.getTitle(), "Enter the title.");
        required(problems, form.getDepartment(), "Enter the department.");
        required(problems, form.getCategory(), "Enter the category.");
        required(problems, form.getCity(), "Enter the city.");
        required(problems, form.getCostCenter(), "Enter the cost center.");
        required(problems, form.getJustification(), "Explain why the role is needed (justification).");
        TextLimits.check(problems, "The title", form.getTitle(), RequisitionForm.MAX_TITLE);
        TextLimits.check(problems, "The department", form.getDepartment(), RequisitionForm.MAX_DEPARTMENT);
        TextLimits.check(problems, "The category", form.getCategory(), RequisitionForm.MAX_CATEGORY);
        TextLimits.check(problems, "The address", form.getAddressLine(), RequisitionForm.MAX_ADDRESS);
        TextLimits.check(problems, "The city", form.getCity(), RequisitionForm.MAX_CITY);
        RequisitionForm.postalCodeProblem(form.getPostalCode()).ifPresent(problems::add);
        TextLimits.checkText(problems, "The justification", form.getJustification(), RequisitionForm.MAX_JUSTIFICATION);
        TextLimits.check(problems, "The cost center", form.getCostCenter(), RequisitionForm.MAX_COST_CENTER);
        if (form.getState() == null || !form.getState().trim().matches("[A-Za-z]{2}")) {
            problems.add("Enter the state as two letters (MA, NY).");
        }
        if (form.getHiringManager() == null || form.getHiringManager().isBlank()) {
            problems.add("Choose the hiring manager.");
        }
        if (form.getRecruiter() == null || form.getRecruiter().isBlank()) {
            problems.add("Choose the recruiter.");
        }
        if (form.getWorkArrangement() == null || form.getEmploymentType() == null || form.getJobType() == null) {
            problems.add("Choose the work arrangement, employment type and job type.");
        } else if (form.getWorkArrangement() == WorkArrangement.HYBRID
                && (form.getDaysOnSite() == null || form.getDaysOnSite() < 1 || form.getDaysOnSite() > 4)) {
            problems.add("A hybrid role needs 1 to 4 days on site a week.");
        }
        checkFte(problems, form.getFte(), form.getAdminFte());
        checkSalary(problems, form.getSalaryMin(), form.getSalaryMax());
        if (form.getOpenings() < 1 || form.getOpenings() > RequisitionForm.MAX_OPENINGS) {
            problems.add("Openings must be between 1 and " + RequisitionForm.MAX_OPENINGS + ".");
        }
        if (form.getKind() == RequisitionKind.NEW_POSITION) {
            if (form.getManagerPositionCode() == null || form.getManagerPositionCode().isBlank()) {
                problems.add("Choose the manager position the new seat reports to.");
            }
            checkDottedLines(problems, form);
        } else if (form.getPositionCode() == null || form.getPositionCode().isBlank()) {
            problems.add("Choose the vacant position to replace.");
        }
        return problems;
    }

    private static void checkFte(List<String> problems, BigDecimal fte, BigDecimal adminFte) {
        if (fte == null || fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
            problems.add("Total FTE must be more than 0 and at most 1.0.");
        } else if (adminFte == null || adminFte.signum() < 0 || adminFte.compareTo(fte) > 0) {
            problems.add("Administrative FTE must be between 0 and the total FTE.");
        } else if (fte.stripTrailingZeros().scale() > 2 || adminFte.stripTrailingZeros().scale() > 2) {
            problems.add("FTEs have at most two digits after the point (0.75).");
        }
    }

    private static void checkSalary(List<String> problems, BigDecimal min, BigDecimal max) {
        if ((min != null && min.signum() <= 0) || (max != null && max.signum() <= 0)) {
            problems.add("Salaries must be positive yearly amounts.");
        } else if (tooLarge(min) || tooLarge(max)) {
            problems.add(String.format("Salaries are yearly amounts up to $%,d with at most two cents digits.",
                    RequisitionForm.MAX_SALARY.longValue()));
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add("The salary minimum must not be above the maximum.");
        }
    }

    private static void checkDottedLines(List<String> problems, RequisitionForm form) {
        Set<String> seen = new HashSet<>();
        for (ProposedDottedLine line : form.getDottedLines()) {
            if (line.positionCode() == null || line.positionCode().isBlank() || line.label() == null
                    || line.label().isBlank()) {
                problems.add("Each dotted line needs a position and a label.");
            } else if (TextLimits.problem("A dotted line's label", line.label(), RequisitionForm.MAX_DOTTED_LABEL).isPresent()) {
                TextLimits.check(problems, "A dotted line's label", line.label(), RequisitionForm.MAX_DOTTED_LABEL);
            } else if (line.positionCode().equals(form.getManagerPositionCode())) {
                problems.add("A dotted line cannot duplicate the solid line to the manager.");
            } else if (!seen.add(line.positionCode())) {
                problems.add("Dotted line to " + line.positionCode() + " is listed twice.");
            }
        }
    }

    private static boolean tooLarge(BigDecimal amount) {
        return amount != null && (amount.compareTo(RequisitionForm.MAX_SALARY) > 0
                || amount.stripTrailingZeros().scale() > 2);
    }

    private static void required(List<String> problems, String value, String message) {
        if (TextLimits.isBlank(value)) {
            problems.add(message);
        }
    }
}
