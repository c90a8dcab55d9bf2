package health.staffing.candidates;

import health.staffing.base.TextLimits;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who an application's candidate is and where to write to them: a caregiver's name and work email
 * from the employee record, an external person's from the candidate record. Interviews and messages
 * both address the candidate through it. Callers have already checked who may see the application.
 */
@Component
public class CandidateContacts {

    /** The candidate's name and email (none when no address is on record). */
    public record Contact(String name, @Nullable String email) {

        public Optional<String> address() {
            return Optional.ofNullable(email);
        }
    }

    private final EmployeeService employees;

    CandidateContacts(EmployeeService employees) {
        this.employees = employees;
    }

    public Contact of(JobApplication application) {
        Long employeeId = application.getCandidate().getEmployeeId();
        if (employeeId != null) {
            Optional<EmployeeSummary> employee = employees.findById(employeeId);
            return new Contact(employee.map(EmployeeSummary::fullName).orElse("Employee " + employeeId),
                    employee.map(EmployeeSummary::email).filter(email -> !TextLimits.isBlank(email)).orElse(null));
        }
        String email = application.getCandidate().getEmail();
        return new Contact(Objects.requireNonNullElse(application.getCandidate().externalName(), "External candidate"),
                TextLimits.isBlank(email) ? null : email);
    }
}
