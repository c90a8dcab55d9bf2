package health.staffing.directory;

import health.staffing.people.HrEmployee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a valid HR file changes on {@code day}: new records (with the seat they take), changed records, seat
 * moves, terminations carried out now or scheduled for later, rehires. Rows that match the directory are
 * counted as {@code unchanged}.
 */
final class HrImportPlan {

    /** A new employee, and the seat HR puts them in (null: none). */
    record Created(HrEmployee employee, @Nullable String seat) {
    }

    /** An existing employee moving from one seat (null: none) into another. */
    record Move(long employeeId, String employeeNumber, String name, @Nullable String from, String to) {
    }

    /** An employment that ends now: the seat it leaves (null: none). */
    record Termination(long employeeId, String employeeNumber, String name, @Nullable String seat) {
    }

    final LocalDate day;
    int rows;
    int unchanged;
    final List<Created> created = new ArrayList<>();
    final Map<Long, HrEmployee> changed = new LinkedHashMap<>();
    final Map<Long, String> changedWhat = new LinkedHashMap<>();
    final List<Move> moves = new ArrayList<>();
    final List<Termination> terminations = new ArrayList<>();
    final List<HrEmployee> scheduled = new ArrayList<>();
    final Map<Long, String> rehired = new LinkedHashMap<>();

    HrImportPlan(LocalDate day) {
        this.day = day;
    }

    int steps() {
        return created.size() + changed.size() + moves.size() + terminations.size() + rehired.size();
    }

    HrImportReport report(boolean applied) {
        List<String> samples = new ArrayList<>();
        created.stream().limit(HrImportReport.SAMPLES).forEach(row -> samples.add("New: " + describe(row.employee())
                + (row.seat() == null ? "" : ", into " + row.seat())
                + (row.employee().terminatedBy(day) ? " (already left on " + row.employee().terminationDate() + ")" : "")));
        changed.entrySet().stream().limit(HrImportReport.SAMPLES).forEach(change -> samples.add("Changed: "
                + describe(change.getValue()) + " (" + changedWhat.get(change.getKey()) + ")"));
        moves.stream().limit(HrImportReport.SAMPLES).forEach(move -> samples.add("Moved: " + move.employeeNumber() + " "
                + move.name() + (move.from() == null ? " into " : " from " + move.from() + " to ") + move.to()));
        terminations.stream().limit(HrImportReport.SAMPLES).forEach(end -> samples.add("Terminated: " + end.employeeNumber()
                + " " + end.name() + (end.seat() == null ? "" : ", vacating " + end.seat()) + "; any account disabled"));
        scheduled.stream().limit(HrImportReport.SAMPLES).forEach(later -> samples.add("Leaves on "
                + later.terminationDate() + ": " + describe(later)));
        rehired.values().stream().limit(HrImportReport.SAMPLES).forEach(name -> samples.add("Rehired: " + name
                + " (an administrator re-enables the account)"));
        return new HrImportReport(day, applied, rows, created.size(), changed.size(), moves.size(), terminations.size(),
                scheduled.size(), rehired.size(), unchanged, samples);
    }

    static String describe(HrEmployee employee) {
        return employee.employeeNumber().strip() + " " + employee.givenName().strip() + " " + employee.familyName().strip();
    }
}
