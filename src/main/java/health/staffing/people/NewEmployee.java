package health.staffing.people;

import java.time.LocalDate;

/** What HR enters to create an employee record. */
public record NewEmployee(String employeeNumber, String givenName, String familyName, String postNominals,
        String email, String workLocation, LocalDate hireDate) {
}
