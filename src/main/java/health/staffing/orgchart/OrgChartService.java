package health.staffing.orgchart;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the org chart. Everyone signed in may read it; reads take the day to read the chart "as of"
 * (null: today). {@link OrgStructureService} changes seats and lines, {@link IncumbencyService} who holds
 * them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OrgChartService {

    static final int SEARCH_LIMIT = 20;

    private final OrganisationRepository organisations;
    private final PositionRepository positions;
    private final OrgChartQueries queries;
    private final EmployeeService employees;
    private final Clock clock;

    OrgChartService(OrganisationRepository organisations, PositionRepository positions, OrgChartQueries queries,
            EmployeeService employees, Clock clock) {
        this.organisations = organisations;
        this.positions = positions;
        this.queries = queries;
        this.employees = employees;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAll().stream().map(Organisation::toSummary)
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> findByCode(@Nullable String code) {
        return findByCode(code, null);
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> findByCode(@Nullable String code, @Nullable LocalDate asOf) {
        // Codes arrive from addresses too (?focus=): one no seat can have is no seat, not a failed query.
        if (code == null || TextLimits.problem("Code", code, OrgChartLimits.MAX_CODE).isPresent()) {
            return Optional.empty();
        }
        return queries.byCode(code, day(asOf)).map(this::named);
    }

    /** The organisation's top position(s) on the day: normally exactly one. */
    @Transactional(readOnly = true)
    public List<PositionSummary> topsOf(String organisationCode, @Nullable LocalDate asOf) {
        return named(queries.tops(organisationCode, day(asOf)));
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> directReports(long positionId, @Nullable LocalDate asOf) {
        return named(queries.children(positionId, day(asOf)));
    }

    @Transactional(readOnly = true)
    public Optional<PositionSummary> managerOf(long positionId, @Nullable LocalDate asOf) {
        return queries.manager(positionId, day(asOf)).map(this::named);
    }

    /** Dotted lines touching any of the positions, for drawing the ones between visible boxes. */
    @Transactional(readOnly = true)
    public List<DottedLink> dottedLinksTouching(Collection<Long> positionIds, @Nullable LocalDate asOf) {
        return queries.dottedLinksTouching(positionIds, day(asOf));
    }

    /** Dyads touching any of the positions, for drawing the ones between visible boxes (no arrow). */
    @Transactional(readOnly = true)
    public List<DottedLink> dyadLinksTouching(Collection<Long> positionIds, @Nullable LocalDate asOf) {
        return queries.dyadLinksTouching(positionIds, day(asOf));
    }

    /** The seat's dyad partner on the day: the peer it leads with, whichever seat the dyad was added on. */
    @Transactional(readOnly = true)
    public Optional<DottedLine> dyadPartnerOf(long positionId, @Nullable LocalDate asOf) {
        LocalDate day = day(asOf);
        return lines(positionId, day, queries.dyadLinksTouching(List.of(positionId), day)).stream().findFirst();
    }

    /** Dotted lines in both directions: the ones this position has, and the ones pointing at it. */
    @Transactional(readOnly = true)
    public List<DottedLine> dottedLinesOf(long positionId, @Nullable LocalDate asOf) {
        LocalDate day = day(asOf);
        return lines(positionId, day, queries.dottedLinksTouching(List.of(positionId), day));
    }

    private List<DottedLine> lines(long positionId, LocalDate day, List<DottedLink> links) {
        Map<Long, PositionSummary> partners = byId(named(queries.byIds(links.stream()
                .map(link -> link.fromId() == positionId ? link.toId() : link.fromId()).collect(Collectors.toSet()), day)));
        return links.stream().flatMap(link -> {
            boolean outgoing = link.fromId() == positionId;
            PositionSummary partner = partners.get(outgoing ? link.toId() : link.fromId());
            return partner == null ? Stream.empty() : Stream.of(new DottedLine(partner, link.label(), outgoing));
        }).toList();
    }

    /** The position first, then its manager, up to the organisation's top. */
    @Transactional(readOnly = true)
    public List<PositionSummary> pathToTop(long positionId, @Nullable LocalDate asOf) {
        LocalDate day = day(asOf);
        List<Long> ids = queries.pathToTopIds(positionId, day);
        Map<Long, PositionSummary> byId = byId(named(queries.byIds(Set.copyOf(ids), day)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Positions below, breadth first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PositionSummary> subtree(long positionId, @Nullable LocalDate asOf, int limit) {
        LocalDate day = day(asOf);
        List<Long> ids = queries.subtreeIds(positionId, day, limit);
        Map<Long, PositionSummary> byId = byId(named(queries.byIds(Set.copyOf(ids), day)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public List<PositionSummary> vacanciesUnder(long positionId, @Nullable LocalDate asOf, int limit) {
        return named(queries.vacanciesUnder(positionId, day(asOf), limit));
    }

    /** Positions by title, code or the name of the person holding them. */
    @Transactional(readOnly = true)
    public List<PositionSummary> search(String typed, @Nullable LocalDate asOf) {
        String text = TextLimits.searchable(typed);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Long> people = employees.searchByName(text.strip(), SEARCH_LIMIT).stream().map(EmployeeSummary::id)
                .collect(Collectors.toSet());
        return named(queries.search(text.strip(), people, day(asOf), SEARCH_LIMIT));
    }

    @Transactional(readOnly = true)
    public PositionDetails details(long positionId, @Nullable LocalDate asOf) {
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
                dottedLinesOf(positionId, day), dyadPartnerOf(positionId, day).orElse(null), pathToTop(positionId, day), successors, position.getSuccessionNote(),
                position.getActiveFrom(), position.getRetiredFrom());
    }

    /**
     * The version of the position now, for work that acts on the chart as it is rather than as a
     * person saw it (a hire taking its seat, an approved seat's dotted lines, loading data).
     */
    @Transactional(readOnly = true)
    public long versionOf(String code) {
        return positions.findByCode(code).map(Position::getVersion)
                .orElseThrow(() -> new DomainException("Unknown position " + code + "."));
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

    /** The vacant seats of one organisation on a day (today when null), by title: the chart's vacancy export. */
    @Transactional(readOnly = true)
    public List<PositionSummary> vacancies(String organisationCode, @Nullable LocalDate asOf, Pageable page) {
        return queries.vacancies(organisationCode, day(asOf), (int) page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    public OrgChartCounts counts() {
        return queries.counts(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate day(@Nullable LocalDate asOf) {
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
}
