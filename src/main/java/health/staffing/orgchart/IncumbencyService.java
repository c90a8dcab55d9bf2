package health.staffing.orgchart;

import static health.staffing.orgchart.DatedChanges.AUDIT_POSITION;
import static health.staffing.orgchart.DatedChanges.replaceFrom;
import static health.staffing.orgchart.DatedChanges.requireActive;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a seat and who is next in line: assigning and vacating incumbents, and the succession
 * plan. Only HR and administrators change them; an employee holds one seat at a time.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IncumbencyService {

    private final IncumbencyRepository incumbencies;
    private final EmployeeService employees;
    private final DatedChanges changes;
    private final AuditLog auditLog;

    IncumbencyService(IncumbencyRepository incumbencies, EmployeeService employees, DatedChanges changes,
            AuditLog auditLog) {
        this.incumbencies = incumbencies;
        this.employees = employees;
        this.changes = changes;
        this.auditLog = auditLog;
    }

    /** Puts the employee in the seat from the given day. An employee holds one seat at a time. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void assignIncumbent(String positionCode, long expectedVersion, long employeeId, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position position = changes.lockForChange(positionCode, expectedVersion);
        requireActive(position, day);
        assign(position, employeeId, day);
        changes.flush();
    }

    /** Leaves the seat vacant from the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void vacate(String positionCode, long expectedVersion, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position position = changes.lockForChange(positionCode, expectedVersion);
        List<Incumbency> current = incumbencies.findCurrentAndPlanned(position, day);
        if (current.isEmpty()) {
            throw new DomainException(position.getTitle() + " is already vacant on " + day + ".");
        }
        String before = "held by employee " + current.getFirst().getEmployeeId();
        replaceFrom(current, day, incumbencies::delete);
        auditLog.record(AUDIT_POSITION, position.getId(), "VACATED", before, "vacant from " + day);
        changes.flush();
    }

    /** Records the succession plan: retirement risk, a note and the named successor candidates. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void planSuccession(String code, long expectedVersion, boolean retirementRisk, String note,
            List<SuccessionCandidate> candidates) {
        Position position = changes.lockForChange(code, expectedVersion);
        Map<Long, EmployeeSummary> known = employees.findAllById(candidates.stream()
                .map(SuccessionCandidate::employeeId).collect(Collectors.toSet()));
        for (SuccessionCandidate candidate : candidates) {
            if (!known.containsKey(candidate.employeeId())) {
                throw new DomainException("Unknown employee " + candidate.employeeId() + " among the successors.");
            }
        }
        if (candidates.stream().map(SuccessionCandidate::employeeId).distinct().count() != candidates.size()) {
            throw new DomainException("Each successor can be named once.");
        }
        String before = succession(position);
        position.planSuccession(retirementRisk, note, candidates);
        auditLog.record(AUDIT_POSITION, position.getId(), "SUCCESSION_PLANNED", before, succession(position));
        changes.flush();
    }

    /** Ends whoever holds the seat on {@code day}, and cancels later plans (the seat retires). */
    void endAll(Position position, LocalDate day) {
        replaceFrom(incumbencies.findCurrentAndPlanned(position, day), day, incumbencies::delete);
    }

    /** Puts the employee in the seat from {@code day}; the caller has locked the seat. */
    void assign(Position position, long employeeId, LocalDate day) {
        EmployeeSummary employee = employees.findById(employeeId)
                .orElseThrow(() -> new DomainException("Unknown employee " + employeeId + "."));
        incumbencies.findCurrentAndPlannedOfEmployee(employeeId, day).stream()
                .filter(held -> !held.getPosition().equals(position) && held.isEffectiveOn(day))
                .findFirst()
                .ifPresent(held -> {
                    throw new DomainException(employee.fullName() + " already holds " + held.getPosition().getTitle()
                            + " on " + day + "; vacate that seat first.");
                });
        List<Incumbency> current = incumbencies.findCurrentAndPlanned(position, day);
        String before = current.stream().filter(row -> row.isEffectiveOn(day)).findFirst()
                .map(row -> "held by employee " + row.getEmployeeId()).orElse("vacant");
        if (replaceFrom(current, day, incumbencies::delete)) {
            incumbencies.flush();
        }
        incumbencies.save(new Incumbency(position, employeeId, day));
        auditLog.record(AUDIT_POSITION, position.getId(), "INCUMBENT_ASSIGNED", before,
                position.getCode() + " held by " + employee.fullName() + " (" + employee.employeeNumber() + ") from " + day);
    }

    /** "retirement risk; successors: Elise Durand, MD (Ready in 1–2 years)", readable in the audit trail. */
    private String succession(Position position) {
        Map<Long, EmployeeSummary> names = employees.findAllById(position.getSuccessors().stream()
                .map(SuccessionCandidate::employeeId).collect(Collectors.toSet()));
        String successors = position.getSuccessors().stream()
                .map(s -> Optional.ofNullable(names.get(s.employeeId())).map(EmployeeSummary::fullName)
                        .orElse("employee " + s.employeeId()) + " (" + s.readiness().label() + ")")
                .collect(Collectors.joining("; "));
        return (position.isRetirementRisk() ? "retirement risk" : "no retirement risk")
                + "; successors: " + (successors.isEmpty() ? "none" : successors);
    }
}
