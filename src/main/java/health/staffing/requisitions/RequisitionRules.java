package health.staffing.requisitions;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a requisition, checked by the aggregate whatever screen or import filled the
 * form, and field by field by the form's Binder. All problems are reported at once so the person can
 * fix them in one pass.
 */
public final class RequisitionRules {

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
        Stream.of(title(form.getTitle()), department(form.getDepartment()), category(form.getCategory()),
                city(form.getCity()), costCenter(form.getCostCenter()), justification(form.getJustification()),
                address(form.getAddressLine()), RequisitionForm.postalCodeProblem(form.getPostalCode()),
                state(form.getState())).flatMap(Optional::stream).forEach(problems::add);
        if (form.getHiringManager() == null || form.getHiringManager().isBlank()) {
            problems.add("Choose the hiring manager.");
        }
        if (form.getRecruiter() == null || form.getRecruiter().isBlank()) {
            problems.add("Choose the recruiter.");
        }
        if (form.getWorkArrangement() == null || form.getEmploymentType() == null || form.getJobType() == null) {
            problems.add("Choose the work arrangement, employment type and job type.");
        } else {
            daysOnSite(form.getWorkArrangement(), form.getDaysOnSite()).ifPresent(problems::add);
        }
        fte(form.getFte()).or(() -> adminFte(form.getFte(), form.getAdminFte())).ifPresent(problems::add);
        salary(form.getSalaryMin()).or(() -> salary(form.getSalaryMax()))
                .or(() -> salaryRange(form.getSalaryMin(), form.getSalaryMax())).ifPresent(problems::add);
        openings(form.getOpenings()).ifPresent(problems::add);
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

    // One rule per field, shared by the form's Binder and by the aggregate: the same words either way.

    public static Optional<String> title(@Nullable String value) {
        return required(value, "Enter the title.").or(() -> TextLimits.problem("The title", value, RequisitionForm.MAX_TITLE));
    }

    public static Optional<String> department(@Nullable String value) {
        return required(value, "Enter the department.")
                .or(() -> TextLimits.problem("The department", value, RequisitionForm.MAX_DEPARTMENT));
    }

    public static Optional<String> category(@Nullable String value) {
        return required(value, "Enter the category.")
                .or(() -> TextLimits.problem("The category", value, RequisitionForm.MAX_CATEGORY));
    }

    public static Optional<String> address(@Nullable String value) {
        return TextLimits.problem("The address", value, RequisitionForm.MAX_ADDRESS);
    }

    public static Optional<String> city(@Nullable String value) {
        return required(value, "Enter the city.").or(() -> TextLimits.problem("The city", value, RequisitionForm.MAX_CITY));
    }

    public static Optional<String> state(@Nullable String value) {
        return value == null || !value.trim().matches("[A-Za-z]{2}")
                ? Optional.of("Enter the state as two letters (MA, NY).") : Optional.empty();
    }

    public static Optional<String> costCenter(@Nullable String value) {
        return required(value, "Enter the cost center.")
                .or(() -> TextLimits.problem("The cost center", value, RequisitionForm.MAX_COST_CENTER));
    }

    public static Optional<String> justification(@Nullable String value) {
        return required(value, "Explain why the role is needed (justification).")
                .or(() -> TextLimits.textProblem("The justification", value, RequisitionForm.MAX_JUSTIFICATION));
    }

    public static Optional<String> daysOnSite(@Nullable WorkArrangement arrangement, @Nullable Integer days) {
        return arrangement == WorkArrangement.HYBRID && (days == null || days < 1 || days > 4)
                ? Optional.of("A hybrid role needs 1 to 4 days on site a week.") : Optional.empty();
    }

    public static Optional<String> fte(@Nullable BigDecimal fte) {
        if (fte == null || fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
            return Optional.of("Total FTE must be more than 0 and at most 1.0.");
        }
        return twoDecimals(fte);
    }

    /** The administrative part of a total FTE; without a valid total only its own bounds are known. */
    public static Optional<String> adminFte(@Nullable BigDecimal fte, @Nullable BigDecimal adminFte) {
        if (adminFte == null || adminFte.signum() < 0 || (fte != null && adminFte.compareTo(fte) > 0)) {
            return Optional.of("Administrative FTE must be between 0 and the total FTE.");
        }
        return twoDecimals(adminFte);
    }

    /** One end of the salary range; none is fine (the range may be left open). */
    public static Optional<String> salary(@Nullable BigDecimal amount) {
        if (amount != null && amount.signum() <= 0) {
            return Optional.of("Salaries must be positive yearly amounts.");
        }
        return tooLarge(amount) ? Optional.of(String.format(
                "Salaries are yearly amounts up to $%,d with at most two cents digits.",
                RequisitionForm.MAX_SALARY.longValue())) : Optional.empty();
    }

    public static Optional<String> salaryRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return min != null && max != null && min.compareTo(max) > 0
                ? Optional.of("The salary minimum must not be above the maximum.") : Optional.empty();
    }

    public static Optional<String> openings(@Nullable Integer openings) {
        return openings == null || openings < 1 || openings > RequisitionForm.MAX_OPENINGS
                ? Optional.of("Openings must be between 1 and " + RequisitionForm.MAX_OPENINGS + ".") : Optional.empty();
    }

    private static Optional<String> twoDecimals(BigDecimal fte) {
        return fte.stripTrailingZeros().scale() > 2
                ? Optional.of("FTEs have at most two digits after the point (0.75).") : Optional.empty();
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

    private static boolean tooLarge(@Nullable BigDecimal amount) {
        return amount != null && (amount.compareTo(RequisitionForm.MAX_SALARY) > 0
                || amount.stripTrailingZeros().scale() > 2);
    }

    private static Optional<String> required(@Nullable String value, String message) {
        return TextLimits.isBlank(value) ? Optional.of(message) : Optional.empty();
    }
}
