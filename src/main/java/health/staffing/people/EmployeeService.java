package health.staffing.people;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee records. Any signed-in person may look up a colleague (the org chart shows names);
 * only HR and administrators create records.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EmployeeService {

    private final EmployeeRepository employees;
    private final AuditLog auditLog;

    EmployeeService(EmployeeRepository employees, AuditLog auditLog) {
        this.employees = employees;
        this.auditLog = auditLog;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public EmployeeSummary create(NewEmployee details) {
        requireText(details.employeeNumber(), "an employee number");
        requireText(details.givenName(), "a given name");
        requireText(details.familyName(), "a family name");
        requireText(details.email(), "an email address");
        if (employees.existsByEmployeeNumber(details.employeeNumber().trim())) {
            throw new DomainException("Employee number " + details.employeeNumber().trim() + " is already in use.");
        }
        if (employees.existsByEmail(details.email().trim().toLowerCase())) {
            throw new DomainException("The email address " + details.email().trim() + " belongs to another employee.");
        }
        Employee employee = employees.save(new Employee(details));
        auditLog.record("Employee", employee.getId(), "CREATED", null,
                employee.getEmployeeNumber() + " " + employee.getFullName());
        return employee.toSummary();
    }

    @Transactional(readOnly = true)
    public Optional<EmployeeSummary> findById(long id) {
        return employees.findById(id).map(Employee::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<EmployeeSummary> findByEmployeeNumber(String employeeNumber) {
        return employees.findByEmployeeNumber(employeeNumber).map(Employee::toSummary);
    }

    /** Several employees in one query, keyed by id: for screens that show many names at once. */
    @Transactional(readOnly = true)
    public Map<Long, EmployeeSummary> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return employees.findByIdIn(ids).stream().map(Employee::toSummary)
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));
    }

    /** Employees whose name contains the text (or whose employee number it is), by family name. */
    @Transactional(readOnly = true)
    public List<EmployeeSummary> searchByName(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String trimmed = text.trim();
        return employees.searchByName("%" + trimmed.toLowerCase() + "%", trimmed, PageRequest.of(0, limit)).stream()
                .map(Employee::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return employees.count();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainException("Enter " + what + ".");
        }
    }
}
