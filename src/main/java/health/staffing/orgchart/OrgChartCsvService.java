package health.staffing.orgchart;

import health.staffing.base.AuditLog;
import health.staffing.base.ImportTimings;
import health.staffing.orgchart.CsvReader.CsvRecord;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as a CSV file, out and back in, without loss: HR exports the chart of a day,
 * edits it in a spreadsheet and imports it as of a day.
 * <p>
 * The file (UTF-8, RFC 4180, header row required) has the columns
 * {@code position_id,title,department,entity,manager_position_id,incumbent_employee_id,fte,admin_fte,location_city,location_state,dotted_lines}:
 * position code, title, department, organisation code, the solid-line manager's position code
 * (empty for an organisation's top), the incumbent's employee number (empty when vacant), FTE and
 * administrative FTE with two decimals, city, two-letter state, and the outgoing dotted lines as
 * {@code CODE:label} pairs separated by {@code |} (a {@code |}, {@code :} or {@code \} inside a code
 * or label is written {@code \|}, {@code \:}, {@code \\}). Retirement risk and succession plans are
 * not part of the file and are left as they are.
 * <p>
 * An import is checked as a whole before anything changes; any error and nothing changes. A valid
 * file is applied in one transaction: codes not in the chart become positions active from the
 * effective day; existing positions get what differs from the file (title, department, location and
 * FTE at once; a new manager, incumbent and dotted lines from the effective day, replacing plans made
 * for that day or later). Positions the file does not name are left alone.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
public class OrgChartCsvService {

    private final ChartSnapshotQueries snapshots;
    private final OrganisationRepository organisations;
    private final EmployeeService employees;
    private final OrgChartCsvApplier applier;
    private final AuditLog auditLog;
    private final ImportTimings timings;
    private final Clock clock;

    OrgChartCsvService(ChartSnapshotQueries snapshots, OrganisationRepository organisations, EmployeeService employees,
            OrgChartCsvApplier applier, AuditLog auditLog, ImportTimings timings, Clock clock) {
        this.snapshots = snapshots;
        this.organisations = organisations;
        this.employees = employees;
        this.applier = applier;
        this.auditLog = auditLog;
        this.timings = timings;
        this.clock = clock;
    }

    /** The chart as of the day (null: today) as CSV text, header first, managers before their reports. */
    @Transactional(readOnly = true)
    public String export(LocalDate asOf) {
        StringWriter text = new StringWriter();
        export(asOf, text);
        return text.toString();
    }

    /**
     * Writes every position active on the day (null: today) with its solid-line manager, incumbent
     * and outgoing dotted lines that day. Lines end with CRLF; organisations by code, each breadth
     * first from its top, reports of a manager by position code. The writer is not closed; an
     * {@link java.io.IOException} comes as {@link java.io.UncheckedIOException}.
     */
    @Transactional(readOnly = true)
    public void export(LocalDate asOf, Writer out) {
        ChartSnapshot chart = snapshots.load(day(asOf));
        CsvWriter csv = new CsvWriter(out);
        csv.writeRecord(OrgChartCsvFormat.HEADER);
        for (OrgChartRow row : OrgChartCsvFormat.managersFirst(chart.active().values())) {
            csv.writeRecord(OrgChartCsvFormat.fields(row));
        }
    }

    /**
     * Imports the file as of {@code effectiveFrom} (null: today) and says what changed. The reader is
     * read to its end and not closed. {@code progress} (may be null) hears about validation and then
     * about the changes, at least every 500 rows.
     *
     * @throws CsvImportException listing every error by line when the file has any; nothing changed
     */
    @Transactional(noRollbackFor = CsvImportException.class)
    public ImportReport importCsv(Reader csv, LocalDate effectiveFrom, Consumer<ImportProgress> progress) {
        return timings.time("org-chart-csv", () -> {
            Consumer<ImportProgress> listener = progress == null ? p -> { } : progress;
            Checked checked = check(csv, effectiveFrom, listener);
            applier.apply(checked.plan(), checked.employees(), listener);
            ImportReport report = checked.plan().report(true);
            if (!report.noChanges()) {
                auditLog.record("OrgChart", report.effectiveFrom(), "CSV_IMPORTED", null, report.summary());
            }
            return report;
        });
    }

    /**
     * Checks the file exactly as {@link #importCsv} would and says what it would change, changing
     * nothing.
     *
     * @throws CsvImportException listing every error by line when the file has any
     */
    @Transactional(readOnly = true, noRollbackFor = CsvImportException.class)
    public ImportReport previewImport(Reader csv, LocalDate effectiveFrom, Consumer<ImportProgress> progress) {
        return check(csv, effectiveFrom, progress == null ? p -> { } : progress).plan().report(false);
    }

    /**
     * The positions active on the day by code, each with its incumbent's employee number (empty when vacant):
     * what the HR file's position codes are checked against.
     */
    @Transactional(readOnly = true)
    public Map<String, Optional<String>> seatHoldersOn(LocalDate day) {
        Map<String, Optional<String>> holders = new HashMap<>();
        snapshots.load(day(day)).active().forEach((code, row) -> holders.put(code, Optional.ofNullable(row.incumbentNumber())));
        return holders;
    }

    private record Checked(ImportPlan plan, Map<String, EmployeeSummary> employees) {
    }

    private Checked check(Reader csv, LocalDate effectiveFrom, Consumer<ImportProgress> progress) {
        List<CsvRecord> records = CsvReader.readAll(csv);
        Map<String, EmployeeSummary> named = employees.findAllByEmployeeNumber(
                OrgChartCsvValidator.employeeNumbersIn(records));
        Set<String> organisationCodes = organisations.findAll().stream().map(Organisation::getCode)
                .collect(Collectors.toSet());
        ChartSnapshot chart = snapshots.load(day(effectiveFrom));
        ImportPlan plan = new OrgChartCsvValidator(chart, organisationCodes, named.keySet()).validate(records, progress);
        return new Checked(plan, named);
    }

    private LocalDate day(LocalDate day) {
        return day == null ? LocalDate.now(clock) : day;
    }
}
