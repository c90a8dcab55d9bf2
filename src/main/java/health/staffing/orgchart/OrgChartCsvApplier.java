package health.staffing.orgchart;

import static health.staffing.orgchart.DatedChanges.AUDIT_POSITION;
import static health.staffing.orgchart.DatedChanges.replaceFrom;

import health.staffing.base.AuditLog;
import health.staffing.people.EmployeeSummary;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a validated {@link ImportPlan} through the entities, with the same dated rules and audit
 * actions as the single changes of {@link OrgStructureService} and {@link IncumbencyService} (CREATED,
 * EDITED, MOVED, INCUMBENT_ASSIGNED, VACATED, DOTTED_LINE_ADDED, DOTTED_LINE_REMOVED), but in batches of {@value #BATCH} rows: each
 * batch loads what it needs with a few queries, then is flushed and cleared, so 20,000 rows take
 * seconds. New positions are created first, so any row may refer to any other. Runs inside the
 * caller's transaction.
 */
@Component
class OrgChartCsvApplier {

    static final int BATCH = 500;

    private final OrganisationRepository organisations;
    private final PositionRepository positions;
    private final ReportingLineRepository lines;
    private final IncumbencyRepository incumbencies;
    private final AuditLog auditLog;
    private final EntityManager entityManager;

    OrgChartCsvApplier(OrganisationRepository organisations, PositionRepository positions,
            ReportingLineRepository lines, IncumbencyRepository incumbencies, AuditLog auditLog,
            EntityManager entityManager) {
        this.organisations = organisations;
        this.positions = positions;
        this.lines = lines;
        this.incumbencies = incumbencies;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
    }

    /**
     * @param employees the incumbents the plan names, by employee number
     */
    void apply(ImportPlan plan, Map<String, EmployeeSummary> employees, Consumer<ImportProgress> progress) {
        List<ImportPlan.Change> created = plan.created();
        List<ImportPlan.Change> rest = plan.changes().stream()
                .filter(c -> !c.created() || c.move() || c.incumbent() || !c.dottedAdded().isEmpty()).toList();
        int total = created.size() + rest.size();
        int done = 0;
        for (List<ImportPlan.Change> batch : batches(created)) {
            create(batch, plan.day());
            done += batch.size();
            endBatch(progress, done, total);
        }
        for (List<ImportPlan.Change> batch : batches(rest)) {
            change(batch, plan.day(), employees);
            done += batch.size();
            endBatch(progress, done, total);
        }
        if (total == 0) {
            progress.accept(new ImportProgress(ImportProgress.Phase.APPLYING, 0, 0));
        }
    }

    private void create(List<ImportPlan.Change> batch, LocalDate day) {
        Map<String, Organisation> byCode = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::getCode, Function.identity()));
        for (ImportPlan.Change change : batch) {
            OrgChartRow row = change.row();
            Position position = new Position(row.code(), row.title(), known(byCode.get(row.organisationCode())), day);
            describe(position, row);
            positions.save(position);
            auditLog.record(AUDIT_POSITION, position.getId(), "CREATED", null,
                    DatedChanges.describe(position, row.managerCode()));
        }
    }

    private void change(List<ImportPlan.Change> batch, LocalDate day, Map<String, EmployeeSummary> employees) {
        Set<String> codes = new HashSet<>();
        for (ImportPlan.Change change : batch) {
            codes.add(change.row().code());
            if (change.move() && change.row().managerCode() != null) {
                codes.add(change.row().managerCode());
            }
            change.dottedAdded().forEach(line -> codes.add(line.partnerCode()));
        }
        organisations.findAll(); // in the persistence context, so the positions' organisations need no query
        Map<String, Position> byCode = positions.findAllByCodeIn(codes).stream()
                .collect(Collectors.toMap(Position::getCode, Function.identity()));
        List<Position> withLines = batch.stream().filter(c -> !c.created() && c.touchesLines())
                .map(c -> byCode.get(c.row().code())).toList();
        Map<Long, List<ReportingLine>> linesUp = withLines.isEmpty() ? Map.of()
                : lines.findUpwardFromAny(withLines, day).stream()
                        .collect(Collectors.groupingBy(line -> line.getSubordinate().getId()));
        List<Position> withIncumbents = batch.stream().filter(c -> !c.created() && c.incumbent())
                .map(c -> byCode.get(c.row().code())).toList();
        Map<Long, List<Incumbency>> held = withIncumbents.isEmpty() ? Map.of()
                : incumbencies.findCurrentAndPlannedOfAny(withIncumbents, day).stream()
                        .collect(Collectors.groupingBy(row -> row.getPosition().getId()));

        for (ImportPlan.Change change : batch) {
            Position position = known(byCode.get(change.row().code()));
            List<ReportingLine> up = linesUp.getOrDefault(position.getId(), List.of());
            if (change.describe()) {
                String before = DatedChanges.describe(position, null);
                describe(position, change.row());
                auditLog.record(AUDIT_POSITION, position.getId(), "EDITED", before,
                        DatedChanges.describe(position, null));
            }
            if (change.move()) {
                move(position, change, up, byCode, day);
            }
            if (change.incumbent()) {
                assign(position, change.row().incumbentNumber(), held.getOrDefault(position.getId(), List.of()),
                        employees, day);
            }
            if (change.touchesLines()) {
                replaceDottedLines(position, change, up, byCode, day);
            }
        }
    }

    private void move(Position position, ImportPlan.Change change, List<ReportingLine> up,
            Map<String, Position> byCode, LocalDate day) {
        List<ReportingLine> solid = up.stream().filter(line -> line.getKind() == ReportingLineKind.SOLID).toList();
        String before = solid.stream().filter(line -> line.isEffectiveOn(day)).findFirst()
                .map(line -> "reports to " + line.getSuperior().getCode()).orElse("top of organisation");
        if (replaceFrom(solid, day, lines::delete)) {
            lines.flush(); // before the successor, which may start the same day
        }
        String managerCode = change.row().managerCode();
        if (managerCode != null) {
            lines.save(ReportingLine.solid(position, known(byCode.get(managerCode)), day));
        }
        if (!change.created()) {
            auditLog.record(AUDIT_POSITION, position.getId(), "MOVED", before, managerCode == null
                    ? "top of organisation from " + day : "reports to " + managerCode + " from " + day);
        }
    }

    private void assign(Position position, @Nullable String employeeNumber, List<Incumbency> current,
            Map<String, EmployeeSummary> employees, LocalDate day) {
        String before = current.stream().filter(row -> row.isEffectiveOn(day)).findFirst()
                .map(row -> "held by employee " + row.getEmployeeId()).orElse("vacant");
        if (replaceFrom(current, day, incumbencies::delete)) {
            incumbencies.flush(); // before the successor, which may start the same day
        }
        if (employeeNumber == null) {
            auditLog.record(AUDIT_POSITION, position.getId(), "VACATED", before, "vacant from " + day);
            return;
        }
        EmployeeSummary employee = known(employees.get(employeeNumber));
        incumbencies.save(new Incumbency(position, employee.id(), day));
        auditLog.record(AUDIT_POSITION, position.getId(), "INCUMBENT_ASSIGNED", before, position.getCode() + " held by "
                + employee.fullName() + " (" + employee.employeeNumber() + ") from " + day);
    }

    /** Ends the removed lines (and any plans to the same partners), then adds the new ones. */
    private void replaceDottedLines(Position position, ImportPlan.Change change, List<ReportingLine> up,
            Map<String, Position> byCode, LocalDate day) {
        if (change.dottedAdded().isEmpty() && change.dottedRemoved().isEmpty()) {
            return;
        }
        Set<String> partners = new HashSet<>();
        change.dottedAdded().forEach(line -> partners.add(line.partnerCode()));
        change.dottedRemoved().forEach(line -> partners.add(line.partnerCode()));
        List<ReportingLine> replaced = new ArrayList<>(up.stream()
                .filter(line -> line.getKind() == ReportingLineKind.DOTTED && partners.contains(line.getSuperior().getCode()))
                .toList());
        for (OrgChartRow.Dotted removed : change.dottedRemoved()) {
            auditLog.record(AUDIT_POSITION, position.getId(), "DOTTED_LINE_REMOVED",
                    "dotted line to " + removed.partnerCode() + " (" + removed.label() + ")", "ended on " + day);
        }
        replaceFrom(replaced, day, lines::delete);
        for (OrgChartRow.Dotted added : change.dottedAdded()) {
            ReportingLine line = ReportingLine.dotted(position, known(byCode.get(added.partnerCode())), added.label(),
                    day);
            lines.save(line);
            auditLog.record(AUDIT_POSITION, position.getId(), "DOTTED_LINE_ADDED", null,
                    "dotted line to " + added.partnerCode() + " (" + line.getLabel() + ") from " + day);
        }
    }

    private static void describe(Position position, OrgChartRow row) {
        position.describe(row.title(), row.department(), row.locationCity(), row.locationState(), row.fte(),
                row.adminFte());
    }

    /** Writes the batch to the database and forgets it, so the persistence context stays small. */
    private void endBatch(Consumer<ImportProgress> progress, int done, int total) {
        entityManager.flush();
        entityManager.clear();
        progress.accept(new ImportProgress(ImportProgress.Phase.APPLYING, done, total));
    }

    private static <T> List<List<T>> batches(List<T> list) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < list.size(); from += BATCH) {
            batches.add(list.subList(from, Math.min(list.size(), from + BATCH)));
        }
        return batches;
    }

    /** What the plan names was checked to exist (or created earlier in the same import). */
    private static <T> T known(@Nullable T found) {
        return Objects.requireNonNull(found, "checked by the validator");
    }
}
