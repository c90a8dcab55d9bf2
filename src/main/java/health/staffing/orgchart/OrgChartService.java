package health.staffing.orgchart;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the org chart. Everyone signed in may read it; only HR and administrators
 * change it. Reads take the day to read the chart "as of"; without one, today.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OrgChartService {

    private static final String AUDIT_POSITION = "Position";

    private final OrganisationRepository organisations;
    private final PositionRepository positions;
    private final ReportingLineRepository lines;
    private final EmployeeService employees;
    private final AuditLog auditLog;
    private final Clock clock;

    OrgChartService(OrganisationRepository organisations, PositionRepository positions, ReportingLineRepository lines,
            EmployeeService employees, AuditLog auditLog, Clock clock) {
        this.organisations = organisations;
        this.positions = positions;
        this.lines = lines;
        this.employees = employees;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public OrganisationSummary createOrganisation(NewOrganisation details) {
        if (organisations.findByCode(details.code()).isPresent()) {
            throw new DomainException("An organisation with code " + details.code() + " already exists.");
        }
        Organisation organisation = organisations.save(
                new Organisation(details.code(), details.name(), details.city(), details.state()));
        auditLog.record("Organisation", organisation.getId(), "CREATED", null, organisation.getName());
        return organisation.toSummary();
    }

    /**
     * Creates a seat under its manager. An organisation has one top: a position without a manager
     * is refused when the organisation already has one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public PositionSummary createPosition(NewPosition details) {
        if (details.code() != null && positions.existsByCode(details.code().trim())) {
            throw new DomainException("Position code " + details.code().trim() + " is already in use.");
        }
        Organisation organisation = organisations.findByCode(details.organisationCode())
                .orElseThrow(() -> new DomainException("Unknown organisation " + details.organisationCode() + "."));
        LocalDate effectiveFrom = Objects.requireNonNullElse(details.effectiveFrom(), today());
        Position position = new Position(details.code(), details.title(), organisation, details.department(),
                details.locationCity(), details.locationState(), details.fte(), details.adminFte());
        if (details.managerPositionCode() == null) {
            if (lines.countTopPositions(organisation.getId(), effectiveFrom) > 0) {
                throw new DomainException(organisation.getName() + " already has a top position; choose a manager.");
            }
            positions.save(position);
        } else {
            Position manager = positionByCode(details.managerPositionCode());
            positions.save(position);
            lines.save(ReportingLine.solid(position, manager, effectiveFrom));
        }
        if (details.incumbentEmployeeId() != null) {
            assign(position, details.incumbentEmployeeId());
        }
        auditLog.record(AUDIT_POSITION, position.getId(), "CREATED", null, describe(position, details.managerPositionCode()));
        return summaries(List.of(position)).getFirst();
    }

    /** Adds a labelled dotted line from one position to another, from the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void addDottedLine(String fromCode, String toCode, String label, LocalDate effectiveFrom) {
        Position from = positionByCode(fromCode);
        Position to = positionByCode(toCode);
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        for (ReportingLine existing : lines.findUpward(from.getId(), ReportingLineKind.SOLID, day)) {
            if (existing.getSuperior().equals(to)) {
                throw new DomainException(to.getTitle() + " is already the solid-line manager of " + from.getTitle()
                        + "; a dotted line would duplicate it.");
            }
        }
        for (ReportingLine existing : lines.findUpward(from.getId(), ReportingLineKind.DOTTED, day)) {
            if (existing.getSuperior().equals(to)) {
                throw new DomainException(from.getTitle() + " already has a dotted line to " + to.getTitle() + ".");
            }
        }
        lines.save(ReportingLine.dotted(from, to, label, day));
        auditLog.record(AUDIT_POSITION, from.getId(), "DOTTED_LINE_ADDED", null,
                "dotted line to " + to.getCode() + " (" + label + ") from " + day);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void assignIncumbent(String positionCode, long employeeId) {
        assign(positionByCode(positionCode), employeeId);
    }

    private void assign(Position position, long employeeId) {
        EmployeeSummary employee = employees.findById(employeeId)
                .orElseThrow(() -> new DomainException("Unknown employee " + employeeId + "."));
        positions.findByIncumbentEmployeeId(employeeId)
                .filter(other -> !other.equals(position))
                .ifPresent(other -> {
                    throw new DomainException(employee.fullName() + " already holds " + other.getTitle() + ".");
                });
        String before = position.isVacant() ? "vacant" : "incumbent employee " + position.getIncumbentEmployeeId();
        position.assignIncumbent(employeeId);
        auditLog.record(AUDIT_POSITION, position.getId(), "INCUMBENT_ASSIGNED", before,
                position.getCode() + " held by " + employee.fullName() + " (" + employee.employeeNumber() + ")");
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> findByCode(String code) {
        return positions.findByCode(code).map(position -> summaries(List.of(position)).getFirst());
    }

    /** The position the employee holds, if any. */
    @Transactional(readOnly = true)
    public Optional<PositionSummary> positionHeldBy(long employeeId) {
        return positions.findByIncumbentEmployeeId(employeeId).map(position -> summaries(List.of(position)).getFirst());
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> managerOf(long positionId, LocalDate asOf) {
        return lines.findUpward(positionId, ReportingLineKind.SOLID, day(asOf)).stream()
                .findFirst()
                .map(line -> summaries(List.of(line.getSuperior())).getFirst());
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> directReports(long positionId, LocalDate asOf) {
        return summaries(lines.findDownward(positionId, ReportingLineKind.SOLID, day(asOf)).stream()
                .map(ReportingLine::getSubordinate).toList());
    }

    /** Dotted lines in both directions: the ones this position has, and the ones pointing at it. */
    @Transactional(readOnly = true)
    public List<DottedLine> dottedLinesOf(long positionId, LocalDate asOf) {
        LocalDate day = day(asOf);
        List<ReportingLine> outgoing = lines.findUpward(positionId, ReportingLineKind.DOTTED, day);
        List<ReportingLine> incoming = lines.findDownward(positionId, ReportingLineKind.DOTTED, day);
        Map<Long, PositionSummary> partners = summaries(Stream.concat(
                outgoing.stream().map(ReportingLine::getSuperior),
                incoming.stream().map(ReportingLine::getSubordinate)).toList())
                .stream().collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
        return Stream.concat(
                outgoing.stream().map(l -> new DottedLine(partners.get(l.getSuperior().getId()), l.getLabel(), true)),
                incoming.stream().map(l -> new DottedLine(partners.get(l.getSubordinate().getId()), l.getLabel(), false)))
                .toList();
    }

    /** The position first, then its manager, up to the organisation's top. */
    @Transactional(readOnly = true)
    public List<PositionSummary> pathToTop(long positionId, LocalDate asOf) {
        List<Long> ids = positions.pathToTopIds(positionId, day(asOf));
        Map<Long, PositionSummary> byId = summaries(positions.findWithOrganisationByIdIn(ids)).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> vacancies(Pageable page) {
        return summaries(positions.findVacant(page).getContent());
    }

    @Transactional(readOnly = true)
    public OrgChartCounts counts() {
        return new OrgChartCounts(organisations.count(), positions.countActive(), positions.countVacant());
    }

    private Position positionByCode(String code) {
        return positions.findByCode(code).orElseThrow(() -> new DomainException("Unknown position " + code + "."));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    /** Resolves incumbents' names with one query for the whole list. */
    private List<PositionSummary> summaries(Collection<Position> list) {
        Map<Long, EmployeeSummary> incumbents = employees.findAllById(list.stream()
                .map(Position::getIncumbentEmployeeId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(p -> {
            EmployeeSummary incumbent = p.getIncumbentEmployeeId() == null ? null : incumbents.get(p.getIncumbentEmployeeId());
            return new PositionSummary(p.getId(), p.getCode(), p.getTitle(), p.getOrganisation().getName(),
                    p.getDepartment(), p.getLocation(), p.getFte(), p.getAdminFte(), p.getIncumbentEmployeeId(),
                    incumbent == null ? null : incumbent.fullName());
        }).toList();
    }

    private static String describe(Position position, String managerCode) {
        return position.getCode() + " \"" + position.getTitle() + "\" in " + position.getOrganisation().getCode()
                + ", FTE " + position.getFte() + " (admin " + position.getAdminFte() + ")"
                + (managerCode == null ? ", top of organisation" : ", reports to " + managerCode);
    }
}
