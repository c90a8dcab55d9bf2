package health.staffing.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What HR enters to create an employee record. */
public record NewEmployee(String employeeNumber, String givenName, String familyName, @Nullable String postNominals,
        String email, @Nullable String workLocation, @Nullable LocalDate hireDate) {
}
