package health.staffing.people;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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

    private static final int BATCH = 1000;

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

    /** The employee whose work address this is, compared trimmed and case-insensitively. */
    @Transactional(readOnly = true)
    public Optional<EmployeeSummary> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return employees.findByEmailKey(email.trim().toLowerCase(Locale.ROOT)).map(Employee::toSummary);
    }

    /**
     * Several employees keyed by id: one query for screens that show many names at once, one per
     * {@value #BATCH} ids for bulk work such as an org-chart export.
     */
    @Transactional(readOnly = true)
    public Map<Long, EmployeeSummary> findAllById(Collection<Long> ids) {
        Map<Long, EmployeeSummary> found = new HashMap<>();
        inBatches(ids, batch -> employees.findByIdIn(batch).forEach(e -> found.put(e.getId(), e.toSummary())));
        return found;
    }

    /** Full names ("Dana Whitfield, MD, MPH") by id, read as names only; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        inBatches(ids, batch -> employees.findNamesByIdIn(batch).forEach(row -> found.put((Long) row[0],
                Employee.fullName((String) row[1], (String) row[2], (String) row[3]))));
        return found;
    }

    /** Several employees keyed by employee number, one query per {@value #BATCH} numbers; unknown numbers are absent. */
    @Transactional(readOnly = true)
    public Map<String, EmployeeSummary> findAllByEmployeeNumber(Collection<String> employeeNumbers) {
        Map<String, EmployeeSummary> found = new HashMap<>();
        inBatches(employeeNumbers, batch -> employees.findByEmployeeNumberIn(batch)
                .forEach(e -> found.put(e.getEmployeeNumber(), e.toSummary())));
        return found;
    }

    /** Employees whose name contains the text (or whose employee number it is), by family name. */
    @Transactional(readOnly = true)
    public List<EmployeeSummary> searchByName(String typed, int limit) {
        String text = TextLimits.searchable(typed);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String trimmed = text.strip();
        return employees.searchByName("%" + trimmed.toLowerCase() + "%", trimmed, PageRequest.of(0, limit)).stream()
                .map(Employee::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return employees.count();
    }

    /** Keeps IN lists short enough for every database's limit on bind parameters. */
    private static <T> void inBatches(Collection<T> values, Consumer<List<T>> query) {
        List<T> distinct = values.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            query.accept(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainException("Enter " + what + ".");
        }
    }
}
