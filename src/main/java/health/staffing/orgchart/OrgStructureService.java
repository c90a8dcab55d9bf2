package health.staffing.orgchart;

import static health.staffing.orgchart.DatedChanges.AUDIT_POSITION;
import static health.staffing.orgchart.DatedChanges.describe;
import static health.staffing.orgchart.DatedChanges.replaceFrom;
import static health.staffing.orgchart.DatedChanges.requireActive;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the chart's structure: organisations, seats, their solid and dotted lines, and retiring a
 * seat. Only HR and administrators change it. Every change takes the day it takes effect: what held
 * before that day stays in the history, and plans made earlier for that day or later are replaced.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OrgStructureService {

    private final OrganisationRepository organisations;
    private final PositionRepository positions;
    private final ReportingLineRepository lines;
    private final OrgChartQueries queries;
    private final OrgChartService chart;
    private final IncumbencyService incumbency;
    private final DatedChanges changes;
    private final AuditLog auditLog;

    OrgStructureService(OrganisationRepository organisations, PositionRepository positions, ReportingLineRepository lines,
            OrgChartQueries queries, OrgChartService chart, IncumbencyService incumbency, DatedChanges changes,
            AuditLog auditLog) {
        this.organisations = organisations;
        this.positions = positions;
        this.lines = lines;
        this.queries = queries;
        this.chart = chart;
        this.incumbency = incumbency;
        this.changes = changes;
        this.auditLog = auditLog;
    }

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
        LocalDate day = Objects.requireNonNullElse(details.effectiveFrom(), changes.today());
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
            Position manager = changes.activePosition(details.managerPositionCode(), day);
            positions.save(position);
            lines.save(ReportingLine.solid(position, manager, day));
        }
        auditLog.record(AUDIT_POSITION, position.getId(), "CREATED", null,
                describe(position, details.managerPositionCode()));
        if (details.incumbentEmployeeId() != null) {
            incumbency.assign(position, details.incumbentEmployeeId(), day);
        }
        changes.flush();
        return chart.findByCode(position.getCode(), day).orElseThrow();
    }

    /** Edits what the seat is. {@code expectedVersion} is what the editor saw: a stale edit is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void editPosition(String code, long expectedVersion, PositionEdit edit) {
        Position position = changes.lockForChange(code, expectedVersion);
        String before = describe(position, null);
        position.describe(edit.title(), edit.department(), edit.locationCity(), edit.locationState(), edit.fte(),
                edit.adminFte());
        positions.saveAndFlush(position);
        auditLog.record(AUDIT_POSITION, position.getId(), "EDITED", before, describe(position, null));
        changes.flush();
    }

    /**
     * Moves a position under a new solid-line manager from the given day. Refused when the new
     * manager is the position itself or one of its own descendants (a cycle), or is already a
     * dotted-line partner (the lines would duplicate).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void movePosition(String code, long expectedVersion, String newManagerCode, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        changes.lockOrganisationOf(code);
        Position position = changes.lockForChange(code, expectedVersion);
        requireActive(position, day);
        Position manager = changes.activePosition(newManagerCode, day);
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
        auditLog.record(AUDIT_POSITION, position.getId(), "MOVED", before,
                "reports to " + manager.getCode() + " from " + day);
        changes.flush();
    }

    /** Adds a labelled dotted line from one position to another, from the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void addDottedLine(String fromCode, long expectedVersion, String toCode, String label,
            LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position from = changes.lockForChange(fromCode, expectedVersion);
        requireActive(from, day);
        Position to = changes.activePosition(toCode, day);
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
        changes.flush();
    }

    /** Ends the dotted line between the two positions on the given day. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void removeDottedLine(String fromCode, long expectedVersion, String toCode, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position from = changes.lockForChange(fromCode, expectedVersion);
        Position to = changes.position(toCode);
        List<ReportingLine> matching = lines.findUpwardFrom(from, ReportingLineKind.DOTTED, day).stream()
                .filter(line -> line.getSuperior().equals(to)).toList();
        if (matching.isEmpty()) {
            throw new DomainException(from.getTitle() + " has no dotted line to " + to.getTitle() + " on " + day + ".");
        }
        String label = matching.getFirst().getLabel();
        replaceFrom(matching, day, lines::delete);
        auditLog.record(AUDIT_POSITION, from.getId(), "DOTTED_LINE_REMOVED",
                "dotted line to " + to.getCode() + " (" + label + ")", "ended on " + day);
        changes.flush();
    }

    /**
     * Pairs two seats as a dyad from the given day: a physician leader and an administrator who lead
     * together as peers. Each seat has at most one dyad partner at a time; a seat's solid-line manager
     * or report is not its peer.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void pairAsDyad(String code, long expectedVersion, String partnerCode, @Nullable String label,
            LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position one = changes.lockForChange(code, expectedVersion);
        requireActive(one, day);
        Position partner = changes.activePosition(partnerCode, day);
        ReportingLine dyad = ReportingLine.dyad(one, partner, label, day);
        for (Position seat : List.of(one, partner)) {
            dyadOf(seat, day).ifPresent(existing -> {
                throw new DomainException(seat.getTitle() + " already has a dyad partner: "
                        + other(existing, seat).getTitle() + ". End that dyad first.");
            });
        }
        boolean solid = Stream.concat(lines.findUpwardFrom(one, ReportingLineKind.SOLID, day).stream(),
                lines.findUpwardFrom(partner, ReportingLineKind.SOLID, day).stream())
                .anyMatch(line -> line.isEffectiveOn(day) && (line.getSuperior().equals(partner)
                        || line.getSuperior().equals(one)));
        if (solid) {
            throw new DomainException(one.getTitle() + " and " + partner.getTitle()
                    + " are manager and report on a solid line; dyad partners are peers.");
        }
        lines.save(dyad);
        auditLog.record(AUDIT_POSITION, one.getId(), "DYAD_ADDED", null,
                "dyad with " + partner.getCode() + " (" + dyad.getLabel() + ") from " + day);
        changes.flush();
    }

    /** Ends the seat's dyad on the given day, whichever of the two seats it was added on. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void endDyad(String code, long expectedVersion, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        Position seat = changes.lockForChange(code, expectedVersion);
        List<ReportingLine> dyads = dyads(seat, day);
        if (dyads.isEmpty()) {
            throw new DomainException(seat.getTitle() + " has no dyad partner on " + day + ".");
        }
        String partner = other(dyads.getFirst(), seat).getCode();
        replaceFrom(dyads, day, lines::delete);
        auditLog.record(AUDIT_POSITION, seat.getId(), "DYAD_ENDED", "dyad with " + partner, "ended on " + day);
        changes.flush();
    }

    private List<ReportingLine> dyads(Position seat, LocalDate day) {
        return Stream.concat(lines.findUpwardFrom(seat, ReportingLineKind.DYAD, day).stream(),
                lines.findDownwardFrom(seat, ReportingLineKind.DYAD, day).stream()).toList();
    }

    private Optional<ReportingLine> dyadOf(Position seat, LocalDate day) {
        return dyads(seat, day).stream().findFirst();
    }

    private static Position other(ReportingLine dyad, Position seat) {
        return dyad.getSubordinate().equals(seat) ? dyad.getSuperior() : dyad.getSubordinate();
    }

    /**
     * Retires the seat from the given day: its lines and incumbent end that day. Refused while
     * positions still report to it on that day or later; move them first.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void retirePosition(String code, long expectedVersion, LocalDate effectiveFrom) {
        LocalDate day = Objects.requireNonNullElse(effectiveFrom, changes.today());
        changes.lockOrganisationOf(code);
        Position position = changes.lockForChange(code, expectedVersion);
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
        replaceFrom(dyads(position, day), day, lines::delete);
        incumbency.endAll(position, day);
        auditLog.record(AUDIT_POSITION, position.getId(), "RETIRED", "active", "retired from " + day);
        changes.flush();
    }
}
