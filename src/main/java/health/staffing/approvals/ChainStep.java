package health.staffing.approvals;

import health.staffing.base.Money;
import health.staffing.security.AppRoles;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One configured step of an approval chain: who decides (a role, or a named person by user name)
 * and, optionally, the salary maximum above which the step applies at all.
 */
public record ChainStep(String label, @Nullable String role, @Nullable String username,
        @Nullable BigDecimal salaryAbove) {

    public static ChainStep role(String label, String role) {
        return new ChainStep(label, role, null, null);
    }

    public static ChainStep person(String label, String username) {
        return new ChainStep(label, null, username, null);
    }

    public ChainStep above(@Nullable BigDecimal threshold) {
        return new ChainStep(label, role, username, threshold);
    }

    public boolean conditional() {
        return salaryAbove != null;
    }

    /** Whether the step applies to a requisition with this salary maximum (none given: not above). */
    public boolean appliesTo(@Nullable BigDecimal salaryMax) {
        return salaryAbove == null || salaryMax != null && salaryMax.compareTo(salaryAbove) > 0;
    }

    /** "Finance" or "user cmo". */
    public String approverText() {
        return role != null ? AppRoles.label(role) : "user " + username;
    }

    /** "Always" or "Salary maximum above $350,000". */
    public String conditionText() {
        return salaryAbove == null ? "Always" : "Salary maximum above " + Money.text(salaryAbove);
    }
}
