package health.staffing.people;

import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an employee record must have, each maximum its column's: checked by the HR file import line by
 * line and by HR's own form alike.
 */
public final class EmployeeRules {

    public static final int MAX_EMPLOYEE_NUMBER = 20;
    public static final int MAX_NAME = 100;
    public static final int MAX_POST_NOMINALS = 60;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_WORK_LOCATION = 200;
    public static final BigDecimal MAX_FTE = new BigDecimal("1.50");
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmployeeRules() {
    }

    /** Every problem with the record at once, each naming its field. */
    public static List<String> problems(HrEmployee employee) {
        List<String> problems = new ArrayList<>();
        String number = employee.employeeNumber();
        if (TextLimits.isBlank(number)) {
            problems.add("Enter the employee number.");
        } else if (number.length() > MAX_EMPLOYEE_NUMBER) {
            problems.add("The employee number can be at most " + MAX_EMPLOYEE_NUMBER + " characters; it has "
                    + number.length() + ".");
        } else if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
            problems.add("The employee number uses letters, digits and . _ - only.");
        }
        required(problems, "The given name", employee.givenName(), MAX_NAME);
        required(problems, "The family name", employee.familyName(), MAX_NAME);
        TextLimits.problem("The post-nominals", employee.postNominals(), MAX_POST_NOMINALS).ifPresent(problems::add);
        if (required(problems, "The email address", employee.email(), MAX_EMAIL)
                && !EMAIL.matcher(employee.email().strip()).matches()) {
            problems.add("The email address " + employee.email().strip() + " is not an address.");
        }
        TextLimits.problem("The work location", employee.workLocation(), MAX_WORK_LOCATION).ifPresent(problems::add);
        if (employee.managerEmployeeNumber() != null && employee.managerEmployeeNumber().length() > MAX_EMPLOYEE_NUMBER) {
            problems.add("The manager's employee number can be at most " + MAX_EMPLOYEE_NUMBER + " characters.");
        }
        if (employee.hireDate() != null && employee.terminationDate() != null
                && employee.terminationDate().isBefore(employee.hireDate())) {
            problems.add("The termination date " + employee.terminationDate() + " is before the hire date "
                    + employee.hireDate() + ".");
        }
        BigDecimal fte = employee.fte();
        if (fte != null && (fte.signum() < 0 || fte.compareTo(MAX_FTE) > 0 || fte.scale() > 2)) {
            problems.add("The FTE " + fte.toPlainString() + " must be between 0.00 and " + MAX_FTE + " with at most"
                    + " two decimals.");
        }
        return problems;
    }

    /** @return whether the value is there (its length checked) */
    private static boolean required(List<String> problems, String what, @Nullable String value, int max) {
        if (TextLimits.isBlank(value)) {
            problems.add("Enter " + what.toLowerCase() + ".");
            return false;
        }
        TextLimits.problem(what, value, max).ifPresent(problems::add);
        return true;
    }
}
