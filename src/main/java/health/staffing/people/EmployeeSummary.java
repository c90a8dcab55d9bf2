package health.staffing.people;

/** An employee as other features see one. */
public record EmployeeSummary(long id, String employeeNumber, String givenName, String familyName,
        String fullName, String email, String workLocation) {
}
