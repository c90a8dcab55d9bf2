package health.staffing.people;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee records as the HR system keeps them, in bulk: read all for comparison with HR's file, then
 * create and update them in the import's one transaction, in batches whose persistence context is cleared
 * so 100,000 rows fit in bounded memory. Every change is audited. HR and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
public class EmployeeDirectory {

    private static final int BATCH = 500;
    private static final String AUDIT_TYPE = "Employee";

    private final EmployeeRepository employees;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Clock clock;

    EmployeeDirectory(EmployeeRepository employees, EntityManager entityManager, AuditLog auditLog, Clock clock) {
        this.employees = employees;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every employee by employee number. */
    @Transactional(readOnly = true)
    public Map<String, DirectoryEntry> entries() {
        Map<String, DirectoryEntry> entries = new HashMap<>();
        employees.findAllForDirectory().forEach(employee -> entries.put(employee.getEmployeeNumber(),
                new DirectoryEntry(employee.getId(), employee.toHr(), employee.isTerminated())));
        entityManager.clear();
        return entries;
    }

    /**
     * Creates the records (a termination on or before {@code today} is recorded as carried out: they never
     * held a seat or an account here). Runs inside the caller's transaction.
     *
     * @return the new records' ids by employee number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Long> create(List<HrEmployee> created, LocalDate today, IntConsumer progress) {
        Map<String, Long> ids = new HashMap<>();
        List<Employee> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < created.size(); i++) {
            HrEmployee details = created.get(i).normalised();
            Employee employee = new Employee(details);
            employee.setTerminated(details.terminatedBy(today));
            batch.add(employee);
            if (batch.size() == BATCH || i == created.size() - 1) {
                employees.saveAll(batch);
                for (Employee saved : batch) {
                    ids.put(saved.getEmployeeNumber(), saved.getId());
                    auditLog.record(AUDIT_TYPE, saved.getId(), "CREATED_FROM_HR", null, describe(saved.toHr()));
                }
                flushAndClear();
                batch.clear();
                progress.accept(i + 1);
            }
        }
        return ids;
    }

    /** Replaces what HR says about these records (by id), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(Map<Long, HrEmployee> changed, IntConsumer progress) {
        int done = 0;
        List<Long> ids = new ArrayList<>(changed.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (Employee employee : employees.findByIdIn(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                String before = describe(employee.toHr());
                employee.update(Objects.requireNonNull(changed.get(employee.getId()), "asked for by id"));
                auditLog.record(AUDIT_TYPE, employee.getId(), "UPDATED_FROM_HR", before, describe(employee.toHr()));
                done++;
            }
            flushAndClear();
            progress.accept(done);
        }
    }

    /**
     * HR's own form: a new record, or what HR says now about an existing one (the employee number stays).
     * Checked by {@link EmployeeRules}; a number or email another employee has is refused.
     *
     * @return the record's id
     */
    @Transactional
    public long save(@Nullable Long id, HrEmployee details) {
        List<String> problems = EmployeeRules.problems(details);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        HrEmployee hr = details.normalised();
        employees.findByEmailKey(hr.email()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("The email address " + hr.email() + " belongs to employee "
                    + other.getEmployeeNumber() + ".");
        });
        if (hr.managerEmployeeNumber() != null && (hr.managerEmployeeNumber().equals(hr.employeeNumber())
                || !employees.existsByEmployeeNumber(hr.managerEmployeeNumber()))) {
            throw new DomainException("The manager " + hr.managerEmployeeNumber() + " is not another employee.");
        }
        if (id == null) {
            if (employees.existsByEmployeeNumber(hr.employeeNumber())) {
                throw new DomainException("Employee number " + hr.employeeNumber() + " is already in use.");
            }
            Employee created = employees.saveAndFlush(new Employee(hr));
            auditLog.record(AUDIT_TYPE, created.getId(), "CREATED_BY_HR", null, describe(created.toHr()));
            return created.getId();
        }
        Employee employee = employees.findById(id).orElseThrow(() -> new DomainException("That employee no longer exists."));
        if (!employee.getEmployeeNumber().equals(hr.employeeNumber())) {
            throw new DomainException("An employee number never changes; add a new employee instead.");
        }
        String before = describe(employee.toHr());
        employee.update(hr);
        if (employee.isTerminated() && !hr.terminatedBy(LocalDate.now(clock))) {
            employee.setTerminated(false);
        }
        employees.saveAndFlush(employee);
        auditLog.record(AUDIT_TYPE, employee.getId(), "UPDATED_BY_HR", before, describe(employee.toHr()));
        return employee.getId();
    }

    /** Marks terminations as carried out, or (rehired) no longer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markTerminated(Collection<Long> ids, boolean terminated) {
        for (Employee employee : employees.findByIdIn(ids)) {
            employee.setTerminated(terminated);
            auditLog.record(AUDIT_TYPE, employee.getId(), terminated ? "TERMINATED" : "REHIRED", null,
                    describe(employee.toHr()));
        }
        flushAndClear();
    }

    /** A page of employees whose name, number or email contains the text ("" for everyone), by family name. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(String text, Pageable page) {
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return employees.searchDirectory(pattern, page).stream()
                .map(employee -> new DirectoryEntry(employee.getId(), employee.toHr(), employee.isTerminated())).toList();
    }

    /** Terminations due on or before the day that the portal has not carried out yet. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> dueTerminations(LocalDate day) {
        return employees.findDueTerminations(day).stream()
                .map(employee -> new DirectoryEntry(employee.getId(), employee.toHr(), false)).toList();
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    private static String describe(HrEmployee hr) {
        return hr.employeeNumber() + " " + Employee.fullName(hr.givenName(), hr.familyName(), hr.postNominals()) + " <"
                + hr.email() + ">" + (hr.workLocation() == null ? "" : ", " + hr.workLocation())
                + (hr.fte() == null ? "" : ", FTE " + hr.fte().toPlainString())
                + (hr.managerEmployeeNumber() == null ? "" : ", manager " + hr.managerEmployeeNumber())
                + (hr.hireDate() == null ? "" : ", hired " + hr.hireDate())
                + (hr.terminationDate() == null ? "" : ", leaves " + hr.terminationDate());
    }
}
