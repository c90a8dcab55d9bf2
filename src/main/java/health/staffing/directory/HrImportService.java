package health.staffing.directory;

import health.staffing.base.AuditLog;
import health.staffing.base.ImportTimings;
import health.staffing.orgchart.CsvImportException;
import health.staffing.orgchart.CsvReader;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.IncumbencyService;
import health.staffing.orgchart.OrgChartCsvService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.people.DirectoryEntry;
import health.staffing.people.EmployeeDirectory;
import health.staffing.people.HrEmployee;
import health.staffing.security.UserAccountService;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR system's employee file, in: checked as a whole ({@link HrFileValidator}), previewed, and applied in
 * one transaction with progress: new and changed records, seat moves (the old seat vacated, the new one taken,
 * today), terminations due today or earlier (seat vacated, account disabled and signed out) and rehires.
 * Importing the same file again changes nothing. Terminations HR dates later are carried out on their day by
 * {@link #applyDueTerminations()}, which runs every night. HR and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
public class HrImportService {

    private final EmployeeDirectory directory;
    private final OrgChartCsvService chartFile;
    private final OrgChartService chart;
    private final IncumbencyService incumbency;
    private final UserAccountService accounts;
    private final AuditLog auditLog;
    private final ImportTimings timings;
    private final Clock clock;

    HrImportService(EmployeeDirectory directory, OrgChartCsvService chartFile, OrgChartService chart,
            IncumbencyService incumbency, UserAccountService accounts, AuditLog auditLog, ImportTimings timings,
            Clock clock) {
        this.directory = directory;
        this.chartFile = chartFile;
        this.chart = chart;
        this.incumbency = incumbency;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.timings = timings;
        this.clock = clock;
    }

    /**
     * What the file would change, changing nothing.
     *
     * @throws CsvImportException listing every problem by line
     */
    @Transactional(readOnly = true, noRollbackFor = CsvImportException.class)
    public HrImportReport preview(Reader file, @Nullable Consumer<ImportProgress> progress) {
        return check(file, listener(progress)).report(false);
    }

    /**
     * Applies the file; any problem and nothing changes.
     *
     * @throws CsvImportException listing every problem by line
     */
    @Transactional(noRollbackFor = CsvImportException.class)
    public HrImportReport importFile(Reader file, @Nullable Consumer<ImportProgress> progress) {
        return timings.time("hr-employee-file", () -> {
            Consumer<ImportProgress> listener = listener(progress);
            HrImportPlan plan = check(file, listener);
            int total = plan.steps();
            int[] done = {0};
            Consumer<Integer> step = count -> listener.accept(new ImportProgress(ImportProgress.Phase.APPLYING,
                    done[0] + count, total));

            Map<String, Long> created = directory.create(
                    plan.created.stream().map(HrImportPlan.Created::employee).toList(), plan.day, step::accept);
            done[0] += plan.created.size();
            directory.update(plan.changed, step::accept);
            done[0] += plan.changed.size();
            // Seats: first every seat left (moves and terminations), then every seat taken.
            for (HrImportPlan.Termination end : plan.terminations) {
                if (end.seat() != null) {
                    incumbency.vacate(end.seat(), chart.versionOf(end.seat()), plan.day);
                }
                accounts.disableForTermination(end.employeeId());
            }
            directory.markTerminated(
                    plan.terminations.stream().map(HrImportPlan.Termination::employeeId).toList(), true);
            directory.markTerminated(plan.rehired.keySet(), false);
            for (HrImportPlan.Move move : plan.moves) {
                if (move.from() != null) {
                    incumbency.vacate(move.from(), chart.versionOf(move.from()), plan.day);
                }
            }
            for (HrImportPlan.Move move : plan.moves) {
                incumbency.assignIncumbent(move.to(), chart.versionOf(move.to()), move.employeeId(), plan.day);
            }
            for (HrImportPlan.Created row : plan.created) {
                Long id = created.get(row.employee().employeeNumber());
                if (row.seat() != null && id != null) {
                    incumbency.assignIncumbent(row.seat(), chart.versionOf(row.seat()), id, plan.day);
                }
            }
            listener.accept(new ImportProgress(ImportProgress.Phase.APPLYING, total, total));
            HrImportReport report = plan.report(true);
            if (!report.noChanges()) {
                auditLog.record("EmployeeDirectory", plan.day, "HR_FILE_IMPORTED", null, report.summary());
            }
            return report;
        });
    }

    /**
     * HR's own form, for the few the HR system does not send yet: a new employee (null id) or a change; a
     * termination dated today or earlier is carried out at once (seat vacated, account disabled).
     *
     * @return the record's id
     */
    @Transactional
    public long save(@Nullable Long id, HrEmployee details) {
        long saved = directory.save(id, details);
        applyDueTerminations();
        return saved;
    }

    /**
     * Carries out the terminations HR dated today or earlier that are not carried out yet: the seat is
     * vacated and the account disabled.
     *
     * @return how many
     */
    @Transactional
    public int applyDueTerminations() {
        LocalDate today = LocalDate.now(clock);
        List<DirectoryEntry> due = directory.dueTerminations(today);
        Map<String, String> seatOf = HrFileValidator.seatByHolder(chartFile.seatHoldersOn(today));
        for (DirectoryEntry entry : due) {
            String seat = seatOf.get(entry.employee().employeeNumber());
            if (seat != null) {
                incumbency.vacate(seat, chart.versionOf(seat), today);
            }
            accounts.disableForTermination(entry.id());
        }
        directory.markTerminated(due.stream().map(DirectoryEntry::id).toList(), true);
        return due.size();
    }

    private HrImportPlan check(Reader file, Consumer<ImportProgress> progress) {
        LocalDate today = LocalDate.now(clock);
        var records = CsvReader.readAll(file);
        return new HrFileValidator(directory.entries(), chartFile.seatHoldersOn(today), today).validate(records, progress);
    }

    private static Consumer<ImportProgress> listener(@Nullable Consumer<ImportProgress> progress) {
        return progress == null ? ignored -> { } : progress;
    }
}
