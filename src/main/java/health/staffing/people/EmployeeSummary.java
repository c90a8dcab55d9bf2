package health.staffing.people;

import org.jspecify.annotations.Nullable;

/** An employee as other features see one. */
public record EmployeeSummary(long id, String employeeNumber, String givenName, String familyName,
        String fullName, String email, @Nullable String workLocation) {
}
