package health.staffing.orgchart;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the org chart. Everyone signed in may read it; only HR and administrators
 * change it. Reads take the day to read the chart "as of" (null: today). Changes take the day they
 * take effect: what held before that day stays in the history, and plans made earlier for that day
 * or later are replaced.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OrgChartService {

    static final String AUDIT_POSITION = "Position";
    static final int SEARCH_LIMIT = 20;

    private final OrganisationRepository organisations;
    private final PositionRepository positions;
    private final ReportingLineRepository lines;
    private final IncumbencyRepository incumbencies;
    private final OrgChartQueries queries;
    private final EmployeeService employees;
    private final AuditLog auditLog;
    private final Clock clock;
    private final EntityManager entityManager;

    OrgChartService(OrganisationRepository organisations, PositionRepository positions, ReportingLineRepository lines,
            IncumbencyRepository incumbencies, OrgChartQueries queries, EmployeeService employees, AuditLog auditLog,
            Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.positions = positions;
        this.lines = lines;
        this.incumbencies = incumbencies;
        this.queries = queries;
        this.employees = employees;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAll().stream().map(Organisation::toSummary)
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> findByCode(String code) {
        return findByCode(code, null);
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> findByCode(String code, LocalDate asOf) {
        // Codes arrive from addresses too (?focus=): one no seat can have is no seat, not a failed query.
        if (code == null || TextLimits.problem("Code", code, OrgChartLimits.MAX_CODE).isPresent()) {
            return Optional.empty();
        }
        return queries.byCode(code, day(asOf)).map(this::named);
    }

    /** The organisation's top position(s) on the day: normally exactly one. */
    @Transactional(readOnly = true)
    public List<PositionSummary> topsOf(String organisationCode, LocalDate asOf) {
        return named(queries.tops(organisationCode, day(asOf)));
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> directReports(long positionId, LocalDate asOf) {
        return named(queries.children(positionId, day(asOf)));
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> managerOf(long positionId, LocalDate asOf) {
        return queries.manager(positionId, day(asOf)).map(this::named);
    }

    /** Dotted lines touching any of the positions, for drawing the ones between visible boxes. */
    @Transactional(readOnly = true)
    public List<DottedLink> dottedLinksTouching(Collection<Long> positionIds, LocalDate asOf) {
        return queries.dottedLinksTouching(positionIds, day(asOf));
    }

    /** Dotted lines in both directions: the ones this position has, and the ones pointing at it. */
    @Transactional(readOnly = true)
    public List<DottedLine> dottedLinesOf(long positionId, LocalDate asOf) {
        LocalDate day = day(asOf);
        List<DottedLink> links = queries.dottedLinksTouching(List.of(positionId), day);
        Map<Long, PositionSummary> partners = byId(named(queries.byIds(links.stream()
                .map(link -> link.fromId() == positionId ? link.toId() : link.fromId()).collect(Collectors.toSet()), day)));
        return links.stream().map(link -> link.fromId() == positionId
                ? new DottedLine(partners.get(link.toId()), link.label(), true)
                : new DottedLine(partners.get(link.fromId()), link.label(), false)).toList();
    }

    /** The position first, then its manager, up to the organisation's top. */
    @Transactional(readOnly = true)
    public List<PositionSummary> pathToTop(long positionId, LocalDate asOf) {
        LocalDate day = day(asOf);
        List<Long> ids = queries.pathToTopIds(positionId, day);
        Map<Long, PositionSummary> byId = byId(named(queries.byIds(Set.copyOf(ids), day)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Positions below, breadth first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PositionSummary> subtree(long positionId, LocalDate asOf, int limit) {
        LocalDate day = day(asOf);
        List<Long> ids = queries.subtreeIds(positionId, day, limit);
        Map<Long, PositionSummary> byId = byId(named(queries.byIds(Set.copyOf(ids), day)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> vacanciesUnder(long positionId, LocalDate asOf, int limit) {
        return named(queries.vacanciesUnder(positionId, day(asOf), limit));
    }

    /** Positions by title, code or the name of the person holding them. */
    @Transactional(readOnly = true)
    public List<PositionSummary> search(String typed, LocalDate asOf) {
        String text = TextLimits.searchable(typed);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Long> people = employees.searchByName(text.strip(), SEARCH_LIMIT).stream().map(EmployeeSummary::id)
                .collect(Collectors.toSet());
        return named(queries.search(text.strip(), people, day(asOf), SEARCH_LIMIT));
    }

    @Transactional(readOnly = true)
    public PositionDetails details(long positionId, LocalDate asOf) {
        LocalDate day = day(asOf);
        Position position = positions.findById(positionId).orElseThrow(() -> new DomainException("Unknown position."));
        PositionSummary summary = queries.byId(positionId, day).map(this::named).orElseThrow();
        Map<Long, EmployeeSummary> successorNames = employees.findAllById(position.getSuccessors().stream()
                .map(SuccessionCandidate::employeeId).collect(Collectors.toSet()));
        List<PositionDetails.Successor> successors = position.getSuccessors().stream()
                .map(s -> new PositionDetails.Successor(s.employeeId(),
                        Optional.ofNullable(successorNames.get(s.employeeId())).map(EmployeeSummary::fullName).orElse("?"),
                        s.readiness()))
                .toList();
        return new PositionDetails(summary, position.getVersion(), managerOf(positionId, day).orElse(null),
                dottedLinesOf(positionId, day), pathToTop(positionId, day), successors, position.getSuccessionNote(),
                position.getActiveFrom(), position.getRetiredFrom());
    }

    /**
     * The version of the position now, for work that acts on the chart as it is rather than as a
     * person saw it (a hire taking its seat, an approved seat's dotted lines, loading data).
     */
    @Transactional(readOnly = true)
    public long versionOf(String code) {
        return position(code).getVersion();
    }

    /** The position the employee holds today, if any. */
    @Transactional(readOnly = true)
    public Optional<PositionSummary> positionHeldBy(long employeeId) {
        LocalDate day = today();
        return queries.heldBy(employeeId, day).flatMap(id -> queries.byId(id, day)).map(this::named);
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> vacancies(Pageable page) {
        return named(queries.vacancies(today(), (int) page.getOffset(), page.getPageSize()));
    }

    @Transactional(readOnly = true)
    public OrgChartCounts counts() {
        return queries.counts(today());
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public OrganisationSummary createOrganisation(NewOrganisation details) {
        Organisation candidate = new Organisation(details.code(), details.name(), details.city(), details.state());
        if (organisations.findByCode(candidate.getCode()).isPresent()) {
            throw new DomainException("An organisation with code " + candidate.getCode() + " already exists.");
        }
        Organisation organisation = organisations.save(candidate);
        auditLog.record("Organisation", organisation.getId(), "CREATED", null, organisation.getName());
        return organisation.toSummary();
    }

    /**
     * Creates a seat from the given day, under its manager. An organisation has one top: a position
     * without a manager is refused when the organisation already has one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public PositionSummary createPosition(NewPosition details) {
        if (details.code() == null || details.code().isBlank()) {
            throw new DomainException("A position needs a code.");
        }
        if (positions.existsByCode(details.code().trim())) {
            throw new DomainException("Position code " + details.code().trim() + " is already in use.");
        }
        Organisation organisation = organisations.findByCode(details.organisationCode())
                .orElseThrow(() -> new DomainException("Unknown organisation " + details.organisationCode() + "."));
        LocalDate day = Objects.requireNonNullElse(details.effectiveFrom(), today());
        Position.checkDescription(details.title(), details.department(), details.locationCity());
        Position position = new Position(details.code(), details.title(), organisation, day);
        position.describe(details.title(), details.department(), details.locationCity(), details.locationState(),
                details.fte(), details.adminFte());
        if (details.managerPositionCode() == null || details.managerPositionCode().isBlank()) {
            List<PositionSummary> tops = queries.tops(organisation.getCode(), day);
            if (!tops.isEmpty()) {
                throw new DomainException(organisation.getName() + " already has a top position (" + tops.getFirst().title()
                        + "); choose a manager.");
            }
            positions.save(position);
        } else {
            Position manager = activePosition(details.managerPositionCode(), day);
            positions.save(position);
            lines.save(ReportingLine.solid(position, manager, day));
        }
        auditLog.record(AUDIT_POSITION, position.getId(), "CREATED", null, describe(position, details.managerPositionCode()));
        if (details.incumbentEmployeeId() != null) {
            assign(position, details.incumbentEmployeeId(), day);
        }
        flushForQueries();
        return queries.byId(position.getId(), day).map(this::named).orElseThrow();
    }

    /** Edits what the seat is. {@code expectedVersion} is what the editor saw: a stale edit is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void editPosition(String code, long expectedVersion, PositionEdit edit) {
        Position position = lockForChange(code, expectedVersion);
        String before = describe(position, null);
        position.describe(edit.title(), edit.department(), edit.locationCity(), edit.locationState(), edit.fte(),
                edit.adminFte());
        positions.saveAndFlush(position);
        auditLog.record(AUDIT_POSITION, position.getId(), "EDITED", before, describe(position, null));
        flushForQueries();
    }

    /**
     * Moves a position under a new solid-line manager from the given day. Refused when the new
     * manager is the position itself or one of its own descendants (a cycle), or is already a
     * dotted-line partner (the lines would duplicate).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void movePosition(String code, long expectedVersion, String newManagerCode, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        lockOrganisationOf(code);
        Position position = lockForChange(code, expectedVersion);
        requireActive(position, day);
        Position manager = activePosition(newManagerCode, day);
        if (position.equals(manager)) {
            throw new DomainException("A position cannot report to itself.");
        }
        if (queries.pathToTopIds(manager.getId(), day).contains(position.getId())) {
            throw new DomainException(manager.getTitle() + " reports (directly or indirectly) to " + position.getTitle()
                    + ", so " + position.getTitle() + " cannot report to it: that would make a circle.");
        }
        List<ReportingLine> current = lines.findUpwardFrom(position, ReportingLineKind.SOLID, day);
        if (current.stream().anyMatch(line -> line.isEffectiveOn(day) && line.getSuperior().equals(manager))) {
            throw new DomainException(position.getTitle() + " already reports to " + manager.getTitle() + ".");
        }
        if (lines.findUpwardFrom(position, ReportingLineKind.DOTTED, day).stream()
                .anyMatch(line -> line.isEffectiveOn(day) && line.getSuperior().equals(manager))) {
            throw new DomainException(position.getTitle() + " has a dotted line to " + manager.getTitle()
                    + "; remove it before making that the solid line.");
        }
        String before = current.stream().filter(line -> line.isEffectiveOn(day)).findFirst()
                .map(line -> "reports to " + line.getSuperior().getCode()).orElse("top of organisation");
        if (replaceFrom(current, day, lines::delete)) {
            lines.flush();
        }
        lines.save(ReportingLine.solid(position, manager, day));
        auditLog.record(AUDIT_POSITION, position.getId(), "MOVED", before, "reports to " + manager.getCode() + " from " + day);
        flushForQueries();
    }

    /** Adds a labelled dotted line from one position to another, from the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void addDottedLine(String fromCode, long expectedVersion, String toCode, String label,
            LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        Position from = lockForChange(fromCode, expectedVersion);
        requireActive(from, day);
        Position to = activePosition(toCode, day);
        ReportingLine line = ReportingLine.dotted(from, to, label, day);
        for (ReportingLine existing : lines.findUpwardFrom(from, ReportingLineKind.SOLID, day)) {
            if (existing.isEffectiveOn(day) && existing.getSuperior().equals(to)) {
                throw new DomainException(to.getTitle() + " is already the solid-line manager of " + from.getTitle()
                        + "; a dotted line would duplicate it.");
            }
        }
        for (ReportingLine existing : lines.findUpwardFrom(from, ReportingLineKind.DOTTED, day)) {
            if (existing.getSuperior().equals(to)) {
                throw new DomainException(from.getTitle() + " already has a dotted line to " + to.getTitle() + ".");
            }
        }
        lines.save(line);
        auditLog.record(AUDIT_POSITION, from.getId(), "DOTTED_LINE_ADDED", null,
                "dotted line to " + to.getCode() + " (" + line.getLabel() + ") from " + day);
        flushForQueries();
    }

    /** Ends the dotted line between the two positions on the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void removeDottedLine(String fromCode, long expectedVersion, String toCode, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        Position from = lockForChange(fromCode, expectedVersion);
        Position to = position(toCode);
        List<ReportingLine> matching = lines.findUpwardFrom(from, ReportingLineKind.DOTTED, day).stream()
                .filter(line -> line.getSuperior().equals(to)).toList();
        if (matching.isEmpty()) {
            throw new DomainException(from.getTitle() + " has no dotted line to " + to.getTitle() + " on " + day + ".");
        }
        String label = matching.getFirst().getLabel();
        replaceFrom(matching, day, lines::delete);
        auditLog.record(AUDIT_POSITION, from.getId(), "DOTTED_LINE_REMOVED",
                "dotted line to " + to.getCode() + " (" + label + ")", "ended on " + day);
        flushForQueries();
    }

    /** Puts the employee in the seat from the given day. An employee holds one seat at a time. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void assignIncumbent(String positionCode, long expectedVersion, long employeeId, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        Position position = lockForChange(positionCode, expectedVersion);
        requireActive(position, day);
        assign(position, employeeId, day);
        flushForQueries();
    }

    /** Leaves the seat vacant from the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void vacate(String positionCode, long expectedVersion, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        Position position = lockForChange(positionCode, expectedVersion);
        List<Incumbency> current = incumbencies.findCurrentAndPlanned(position, day);
        if (current.isEmpty()) {
            throw new DomainException(position.getTitle() + " is already vacant on " + day + ".");
        }
        String before = "held by employee " + current.getFirst().getEmployeeId();
        replaceFrom(current, day, incumbencies::delete);
        auditLog.record(AUDIT_POSITION, position.getId(), "VACATED", before, "vacant from " + day);
        flushForQueries();
    }

    /**
     * Retires the seat from the given day: its lines and incumbent end that day. Refused while
     * positions still report to it on that day or later; move them first.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void retirePosition(String code, long expectedVersion, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, today());
        lockOrganisationOf(code);
        Position position = lockForChange(code, expectedVersion);
        List<ReportingLine> reports = lines.findDownwardFrom(position, ReportingLineKind.SOLID, day);
        if (!reports.isEmpty()) {
            throw new DomainException(position.getTitle() + " still has " + reports.size()
                    + (reports.size() == 1 ? " report" : " reports") + " on " + day + ". Move "
                    + (reports.size() == 1 ? "it" : "them") + " to another manager first.");
        }
        position.retire(day);
        replaceFrom(lines.findUpwardFrom(position, ReportingLineKind.SOLID, day), day, lines::delete);
        replaceFrom(lines.findUpwardFrom(position, ReportingLineKind.DOTTED, day), day, lines::delete);
        replaceFrom(lines.findDownwardFrom(position, ReportingLineKind.DOTTED, day), day, lines::delete);
        replaceFrom(incumbencies.findCurrentAndPlanned(position, day), day, incumbencies::delete);
        auditLog.record(AUDIT_POSITION, position.getId(), "RETIRED", "active", "retired from " + day);
        flushForQueries();
    }

    /** Records the succession plan: retirement risk, a note and the named successor candidates. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void planSuccession(String code, long expectedVersion, boolean retirementRisk, String note,
            List<SuccessionCandidate> candidates) {
        Position position = lockForChange(code, expectedVersion);
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
        flushForQueries();
    }

    // ---------------------------------------------------------------- helpers

    private void assign(Position position, long employeeId, LocalDate day) {
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

    /**
     * A change from {@code day}: rows planned to start then or later go; the row in force ends that
     * day. Returns whether a row went: the caller flushes before adding the successor, which may
     * start on the same day (V18's keys; a flush runs inserts before deletes).
     */
    static <T extends Dated> boolean replaceFrom(List<T> rows, LocalDate day, Consumer<T> delete) {
        boolean deleted = false;
        for (T row : rows) {
            if (row.startsOnOrAfter(day)) {
                delete.accept(row);
                deleted = true;
            } else if (row.getEffectiveTo() == null || row.getEffectiveTo().isAfter(day)) {
                row.endOn(day);
            }
        }
        return deleted;
    }

    /** The chart's reads are plain SQL: changes of this transaction must reach the database first. */
    private void flushForQueries() {
        positions.flush();
    }

    private Position position(String code) {
        return positions.findByCode(code).orElseThrow(() -> new DomainException("Unknown position " + code + "."));
    }

    private Position activePosition(String code, LocalDate day) {
        return requireActive(position(code), day);
    }

    private static Position requireActive(Position position, LocalDate day) {
        if (!position.isActiveOn(day)) {
            throw new DomainException(position.getTitle() + " is not an active position on " + day + ".");
        }
        return position;
    }

    /**
     * The position someone saw at {@code expectedVersion}, locked until the change commits and its
     * version moved on: a change made meanwhile, or at the same moment by someone else, refuses this
     * one instead of being overwritten. Every change to a seat, its incumbents and its lines goes
     * through here, so two incumbents or two managers can never be put in place at once.
     */
    private Position lockForChange(String code, long expectedVersion) {
        Position position = position(code);
        if (position.getVersion() != expectedVersion || positions.claim(position.getId(), expectedVersion) == 0) {
            throw changedMeanwhile(position);
        }
        entityManager.refresh(position); // this copy carries the new version from now on
        return position;
    }

    /**
     * Structure changes (moves, retirements) in one organisation one at a time: two at once could each
     * pass the cycle check, or a report be moved under a seat being retired.
     */
    private void lockOrganisationOf(String code) {
        entityManager.lock(position(code).getOrganisation(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static DomainException changedMeanwhile(Position position) {
        return new DomainException(position.getTitle() + " was changed by someone else. Reload it and try again.");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    private PositionSummary named(PositionSummary summary) {
        return named(List.of(summary)).getFirst();
    }

    /** Resolves incumbents' names with one query for the whole list. */
    private List<PositionSummary> named(List<PositionSummary> list) {
        Map<Long, EmployeeSummary> incumbents = employees.findAllById(list.stream()
                .map(PositionSummary::incumbentEmployeeId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(p -> p.incumbentEmployeeId() == null ? p
                : p.withIncumbentName(Optional.ofNullable(incumbents.get(p.incumbentEmployeeId()))
                        .map(EmployeeSummary::fullName).orElse(null))).toList();
    }

    private static Map<Long, PositionSummary> byId(List<PositionSummary> list) {
        return list.stream().collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
    }

    /** How the audit trail shows a position (the CSV import writes the same). */
    static String describe(Position position, String managerCode) {
        return position.getCode() + " \"" + position.getTitle() + "\" in " + position.getOrganisation().getCode()
                + (position.getDepartment() == null ? "" : ", " + position.getDepartment())
                + ", FTE " + position.getFte() + " (admin " + position.getAdminFte() + ")"
                + (managerCode == null ? "" : ", reports to " + managerCode);
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
