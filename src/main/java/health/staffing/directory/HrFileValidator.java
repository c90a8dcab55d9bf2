package health.staffing.directory;

import health.staffing.directory.HrFileFormat.HrRow;
import health.staffing.orgchart.CsvImportException;
import health.staffing.orgchart.CsvReader.CsvRecord;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.people.DirectoryEntry;
import health.staffing.people.EmployeeRules;
import health.staffing.people.HrEmployee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks the whole HR file against the directory and the org chart and says what it would change; every
 * problem is reported with its line, and any problem means nothing changes. Rules beyond each record's own
 * ({@link EmployeeRules}): an employee number once per file; an email belongs to one employee; a manager is
 * an employee (in the file or the directory) other than the person; a position code is a position of the
 * chart, named once, and a seat someone else holds must be left by them in the same file.
 */
final class HrFileValidator {

    private static final int PROGRESS_EVERY = 500;

    private final Map<String, DirectoryEntry> directory;
    /** Position code → its incumbent's employee number, for every active position. */
    private final Map<String, Optional<String>> seats;
    private final LocalDate today;

    HrFileValidator(Map<String, DirectoryEntry> directory, Map<String, Optional<String>> seats, LocalDate today) {
        this.directory = directory;
        this.seats = seats;
        this.today = today;
    }

    HrImportPlan validate(List<CsvRecord> records, Consumer<ImportProgress> progress) {
        List<ImportError> errors = new ArrayList<>();
        List<HrRow> rows = rows(records, errors, progress);
        HrImportPlan plan = new HrImportPlan(today);
        plan.rows = rows.size();
        checkAcrossRows(rows, errors);
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        Map<String, String> seatOf = seatByHolder(seats);
        for (HrRow row : rows) {
            plan(row, plan, seatOf);
        }
        return plan;
    }

    private List<HrRow> rows(List<CsvRecord> records, List<ImportError> errors, Consumer<ImportProgress> progress) {
        List<HrRow> rows = new ArrayList<>();
        if (records.isEmpty() || !HrFileFormat.isHeader(records.getFirst())) {
            errors.add(new ImportError(records.isEmpty() ? 1 : records.getFirst().line(), "The first line must be the"
                    + " header " + String.join(",", HrFileFormat.HEADER) + "."));
            return rows;
        }
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            if (record.blank()) {
                continue;
            }
            if (record.error() != null) {
                errors.add(new ImportError(record.line(), record.error()));
                continue;
            }
            List<String> problems = new ArrayList<>();
            HrRow row = HrFileFormat.parse(record, problems);
            if (row != null) {
                problems.addAll(EmployeeRules.problems(row.employee()));
            }
            problems.forEach(problem -> errors.add(new ImportError(record.line(), problem)));
            if (row != null && problems.isEmpty()) {
                rows.add(row);
            }
            if (i % PROGRESS_EVERY == 0 || i == total) {
                progress.accept(new ImportProgress(ImportProgress.Phase.VALIDATING, i, total));
            }
        }
        return rows;
    }

    private void checkAcrossRows(List<HrRow> rows, List<ImportError> errors) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> emailOwner = new HashMap<>();
        directory.values().forEach(entry -> emailOwner.put(entry.employee().email(), entry.employee().employeeNumber()));
        Map<String, Integer> emailLine = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(row.employee().employeeNumber().strip()));
        // The file's emails replace the directory's for the people it names.
        rows.forEach(row -> {
            DirectoryEntry known = directory.get(row.employee().employeeNumber().strip());
            if (known != null) {
                emailOwner.remove(known.employee().email(), known.employee().employeeNumber());
            }
        });
        Map<String, HrRow> seatTakers = new HashMap<>();
        Map<String, String> movingTo = new HashMap<>();
        for (HrRow row : rows) {
            HrEmployee employee = row.employee().normalised();
            String number = employee.employeeNumber();
            Integer firstLine = numbers.putIfAbsent(number, row.line());
            if (firstLine != null) {
                errors.add(new ImportError(row.line(), "Employee " + number + " is already on line " + firstLine + "."));
                continue;
            }
            Integer emailFirst = emailLine.putIfAbsent(employee.email(), row.line());
            String owner = emailOwner.get(employee.email());
            if (emailFirst != null) {
                errors.add(new ImportError(row.line(), "The email address " + employee.email() + " is already on line "
                        + emailFirst + "."));
            } else if (owner != null && !owner.equals(number)) {
                errors.add(new ImportError(row.line(), "The email address " + employee.email() + " belongs to employee "
                        + owner + "."));
            }
            String manager = employee.managerEmployeeNumber();
            if (manager != null && manager.equals(number)) {
                errors.add(new ImportError(row.line(), "An employee cannot be their own manager."));
            } else if (manager != null && !inFile.contains(manager) && !directory.containsKey(manager)) {
                errors.add(new ImportError(row.line(), "The manager " + manager + " is neither in the file nor in the"
                        + " employee directory."));
            }
            String seat = row.positionCode();
            if (seat != null && !employee.terminatedBy(today)) {
                if (!seats.containsKey(seat)) {
                    errors.add(new ImportError(row.line(), "Position " + HrFileFormat.shortened(seat)
                            + " is not in the org chart today."));
                } else {
                    HrRow other = seatTakers.putIfAbsent(seat, row);
                    if (other != null) {
                        errors.add(new ImportError(row.line(), "Position " + seat + " is already given to employee "
                                + other.employee().employeeNumber().strip() + " on line " + other.line() + "."));
                    } else {
                        movingTo.put(number, seat);
                    }
                }
            }
        }
        // A seat held by someone else is free only if they move elsewhere or leave in this file.
        Map<String, HrRow> byNumber = new HashMap<>();
        rows.forEach(row -> byNumber.put(row.employee().employeeNumber().strip(), row));
        seatTakers.forEach((seat, row) -> {
            String holder = seats.getOrDefault(seat, Optional.empty()).orElse(null);
            String taker = row.employee().employeeNumber().strip();
            if (holder == null || holder.equals(taker)) {
                return;
            }
            HrRow holderRow = byNumber.get(holder);
            boolean leaves = holderRow != null && holderRow.employee().terminatedBy(today);
            boolean movesOn = movingTo.containsKey(holder) && !seat.equals(movingTo.get(holder));
            if (!leaves && !movesOn) {
                errors.add(new ImportError(row.line(), "Position " + seat + " is held by employee " + holder
                        + "; move or terminate them in the same file."));
            }
        });
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    /** Employee number → the position they hold, from position code → its incumbent's number. */
    static Map<String, String> seatByHolder(Map<String, Optional<String>> seats) {
        Map<String, String> seatOf = new HashMap<>();
        seats.forEach((code, holder) -> holder.ifPresent(number -> seatOf.put(number, code)));
        return seatOf;
    }

    private void plan(HrRow row, HrImportPlan plan, Map<String, String> seatOf) {
        HrEmployee employee = row.employee().normalised();
        String number = employee.employeeNumber();
        DirectoryEntry known = directory.get(number);
        boolean leavesNow = employee.terminatedBy(today);
        if (known == null) {
            plan.created.add(new HrImportPlan.Created(employee, leavesNow ? null : row.positionCode()));
            if (employee.terminationDate() != null && !leavesNow) {
                plan.scheduled.add(employee);
            }
            return;
        }
        boolean touched = false;
        HrEmployee before = known.employee();
        if (!before.equals(employee)) {
            plan.changed.put(known.id(), employee);
            plan.changedWhat.put(known.id(), differences(before, employee));
            touched = true;
            if (employee.terminationDate() != null && !leavesNow
                    && !Objects.equals(before.terminationDate(), employee.terminationDate())) {
                plan.scheduled.add(employee);
            }
        }
        String name = employee.givenName() + " " + employee.familyName();
        String seat = seatOf.get(number);
        if (leavesNow && !known.terminated()) {
            plan.terminations.add(new HrImportPlan.Termination(known.id(), number, name, seat));
            touched = true;
        } else if (!leavesNow && known.terminated()) {
            plan.rehired.put(known.id(), number + " " + name);
            touched = true;
        }
        String to = row.positionCode();
        if (!leavesNow && to != null && !to.equals(seat)) {
            plan.moves.add(new HrImportPlan.Move(known.id(), number, name, seat, to));
            touched = true;
        }
        if (!touched) {
            plan.unchanged++;
        }
    }

    private static String differences(HrEmployee before, HrEmployee after) {
        List<String> what = new ArrayList<>();
        compare(what, "name", before.givenName() + " " + before.familyName(), after.givenName() + " " + after.familyName());
        compare(what, "post-nominals", before.postNominals(), after.postNominals());
        compare(what, "email", before.email(), after.email());
        compare(what, "work location", before.workLocation(), after.workLocation());
        compare(what, "manager", before.managerEmployeeNumber(), after.managerEmployeeNumber());
        compare(what, "hire date", before.hireDate(), after.hireDate());
        compare(what, "termination date", before.terminationDate(), after.terminationDate());
        compare(what, "FTE", before.fte(), after.fte());
        return String.join(", ", what);
    }

    private static void compare(List<String> what, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            what.add(field + " " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
