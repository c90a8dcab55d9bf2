package health.staffing.orgchart;

import static health.staffing.orgchart.OrgChartCsvFormat.COLUMNS;
import static health.staffing.orgchart.OrgChartCsvFormat.HEADER;
import static health.staffing.orgchart.OrgChartCsvFormat.INCUMBENT;

import health.staffing.orgchart.CsvLineReader.Parsed;
import health.staffing.orgchart.CsvReader.CsvRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole CSV file against the chart of the import day and turns it into an
 * {@link ImportPlan}, or collects every error with its line. Works on data in memory only (the
 * chart, the organisation codes, the employee numbers that exist), so its rules are tested without
 * a database.
 * <p>
 * A wrong header stops the check at once (the columns cannot be trusted); otherwise every record
 * is checked on its own ({@link CsvLineReader}), then the file as a whole: duplicate codes, references to managers and
 * dotted-line partners, one seat per employee, one top per organisation and no reporting cycles in
 * the chart the import would leave behind (the file's rows plus the positions it does not name).
 */
final class OrgChartCsvValidator {

    static final int PROGRESS_EVERY = 500;

    private final ChartSnapshot chart;
    private final CsvLineReader lineReader;

    /**
     * @param chart         the chart on the import day
     * @param organisations codes of the organisations that exist
     * @param employees     employee numbers that exist (at least those the file names)
     */
    OrgChartCsvValidator(ChartSnapshot chart, Set<String> organisations, Set<String> employees) {
        this.chart = chart;
        this.lineReader = new CsvLineReader(chart, organisations, employees);
    }

    /** The employee numbers a file names, to look up before validating it. */
    static Set<String> employeeNumbersIn(List<CsvRecord> records) {
        Set<String> numbers = new HashSet<>();
        for (CsvRecord record : records.subList(Math.min(1, records.size()), records.size())) {
            if (record.fields().size() == COLUMNS) {
                String number = CsvLineReader.text(record.fields().get(INCUMBENT));
                if (number != null) {
                    numbers.add(number);
                }
            }
        }
        return numbers;
    }

    /**
     * The plan for the file.
     *
     * @throws CsvImportException with every error, in line order, when the file has any
     */
    ImportPlan validate(List<CsvRecord> records, Consumer<ImportProgress> progress) {
        List<ImportError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            throw new CsvImportException(List.of(new ImportError(1,
                    "The file is empty. Its first line must be the header: " + String.join(",", HEADER))));
        }
        CsvLineReader.checkHeader(records.getFirst());
        List<CsvRecord> data = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        progress.accept(new ImportProgress(ImportProgress.Phase.VALIDATING, 0, data.size()));

        // every code the file names, even on a broken line: references to it are not "unknown"
        Map<String, Integer> fileCodes = new HashMap<>();
        List<Parsed> rows = new ArrayList<>(data.size());
        int done = 0;
        for (CsvRecord record : data) {
            Parsed parsed = lineReader.parse(record, errors);
            if (parsed != null && parsed.code() != null) {
                Integer first = fileCodes.putIfAbsent(parsed.code(), record.line());
                if (first != null) {
                    errors.add(new ImportError(record.line(), "position_id " + parsed.code()
                            + " is already on line " + first + "; each position may appear once."));
                } else {
                    rows.add(parsed);
                }
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(new ImportProgress(ImportProgress.Phase.VALIDATING, done, data.size()));
            }
        }

        Map<String, String> managers = checkReferences(rows, fileCodes, errors);
        checkIncumbents(rows, fileCodes, errors);
        checkTops(rows, fileCodes, managers, errors);
        checkCycles(rows, managers, errors);
        progress.accept(new ImportProgress(ImportProgress.Phase.VALIDATING, data.size(), data.size()));

        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::line));
            throw new CsvImportException(errors);
        }
        return plan(rows, data.size());
    }

    // ---------------------------------------------------------------- the file as a whole

    /**
     * Managers and dotted-line partners must be in the file or active positions on the day. Returns
     * each row's manager as far as it is known (a self-reference or an unknown manager left out).
     */
    private Map<String, String> checkReferences(List<Parsed> rows, Map<String, Integer> fileCodes,
            List<ImportError> errors) {
        Map<String, String> managers = new HashMap<>();
        for (Parsed row : rows) {
            String manager = row.manager();
            if (manager != null) {
                if (manager.equals(row.code())) {
                    errors.add(new ImportError(row.line(), row.code() + " cannot report to itself."));
                } else if (unknown(manager, fileCodes)) {
                    errors.add(new ImportError(row.line(), "Unknown manager " + manager + unknownReason(manager)));
                } else {
                    managers.put(row.code(), manager);
                }
            }
            for (OrgChartRow.Dotted line : row.dotted()) {
                if (unknown(line.partnerCode(), fileCodes)) {
                    errors.add(new ImportError(row.line(),
                            "Unknown dotted-line partner " + line.partnerCode() + unknownReason(line.partnerCode())));
                } else if (line.partnerCode().equals(manager)) {
                    errors.add(new ImportError(row.line(), "The dotted line to " + manager
                            + " duplicates the solid line: " + manager + " is the manager of " + row.code() + "."));
                }
            }
        }
        return managers;
    }

    private boolean unknown(String code, Map<String, Integer> fileCodes) {
        return !fileCodes.containsKey(code) && !chart.active().containsKey(code);
    }

    private String unknownReason(String code) {
        String inactive = chart.inactive().get(code);
        return inactive != null
                ? ": that position is not active on " + chart.day() + " (" + inactive + ")."
                : ": it is neither in the file nor an existing position.";
    }

    /** An employee holds one position: not two in the file, nor one in the file and another the file leaves alone. */
    private void checkIncumbents(List<Parsed> rows, Map<String, Integer> fileCodes, List<ImportError> errors) {
        Map<String, String> heldNow = new HashMap<>();
        chart.active().values().forEach(p -> {
            if (p.incumbentNumber() != null) {
                heldNow.put(p.incumbentNumber(), p.code());
            }
        });
        Map<String, Parsed> holders = new HashMap<>();
        for (Parsed row : rows) {
            String number = row.incumbent();
            if (number == null) {
                continue;
            }
            Parsed other = holders.putIfAbsent(number, row);
            if (other != null) {
                errors.add(new ImportError(row.line(), "Employee " + number + " is also the incumbent of " + other.code()
                        + " on line " + other.line() + "; an employee holds one position at a time."));
                continue;
            }
            String held = heldNow.get(number);
            if (held != null && !held.equals(row.code()) && !fileCodes.containsKey(held)) {
                errors.add(new ImportError(row.line(), "Employee " + number + " already holds " + held + " on "
                        + chart.day() + ", which is not in the file; vacate that position first or include it in the file."));
            }
        }
    }

    /** An organisation has one top in the resulting chart: the file's rows without a manager plus the others' tops. */
    private void checkTops(List<Parsed> rows, Map<String, Integer> fileCodes, Map<String, String> managers,
            List<ImportError> errors) {
        Map<String, List<Parsed>> fileTops = new TreeMap<>();
        for (Parsed row : rows) {
            String organisation = organisationOf(row);
            if (row.manager() == null && organisation != null) {
                fileTops.computeIfAbsent(organisation, o -> new ArrayList<>()).add(row);
            }
        }
        if (fileTops.isEmpty()) {
            return;
        }
        Map<String, List<String>> otherTops = new HashMap<>();
        for (OrgChartRow position : chart.active().values()) {
            if (position.managerCode() == null && !fileCodes.containsKey(position.code())
                    && fileTops.containsKey(position.organisationCode())) {
                otherTops.computeIfAbsent(position.organisationCode(), o -> new ArrayList<>()).add(position.code());
            }
        }
        fileTops.forEach((organisation, tops) -> {
            List<String> all = new ArrayList<>(otherTops.getOrDefault(organisation, List.of()));
            tops.forEach(top -> all.add(top.code()));
            if (all.size() > 1) {
                all.sort(Comparator.naturalOrder());
                for (Parsed top : tops) {
                    errors.add(new ImportError(top.line(), organisation + " would have " + all.size()
                            + " top positions (" + String.join(", ", all) + "); an organisation has one top, "
                            + "so give " + top.code() + " a manager."));
                }
            }
        });
    }

    private @Nullable String organisationOf(Parsed row) {
        OrgChartRow existing = chart.active().get(row.code());
        return existing != null ? existing.organisationCode() : row.organisation();
    }

    /** Walks up from every row along the resulting solid lines; every row on a circle gets an error. */
    private void checkCycles(List<Parsed> rows, Map<String, String> fileManagers, List<ImportError> errors) {
        Map<String, Integer> lines = new HashMap<>();
        rows.forEach(row -> lines.put(row.code(), row.line()));
        Map<String, Integer> state = new HashMap<>(); // 1: on the current walk, 2: done
        for (Parsed start : rows) {
            List<String> walk = new ArrayList<>();
            String code = start.code();
            while (code != null && !state.containsKey(code)) {
                state.put(code, 1);
                walk.add(code);
                code = lines.containsKey(code) ? fileManagers.get(code) : managerNow(code);
            }
            if (code != null && Integer.valueOf(1).equals(state.get(code))) {
                List<String> cycle = walk.subList(walk.indexOf(code), walk.size());
                for (int i = 0; i < cycle.size(); i++) {
                    Integer line = lines.get(cycle.get(i));
                    if (line != null) {
                        List<String> path = new ArrayList<>(cycle.subList(i, cycle.size()));
                        path.addAll(cycle.subList(0, i + 1));
                        errors.add(new ImportError(line, cycle.get(i) + " would report to itself in a circle: "
                                + String.join(" → ", path) + "."));
                    }
                }
            }
            walk.forEach(c -> state.put(c, 2));
        }
    }

    private @Nullable String managerNow(String code) {
        OrgChartRow position = chart.active().get(code);
        return position == null ? null : position.managerCode();
    }

    // ---------------------------------------------------------------- the plan

    private ImportPlan plan(List<Parsed> rows, int total) {
        List<ImportPlan.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (Parsed parsed : rows) {
            OrgChartRow row = parsed.toRow();
            OrgChartRow existing = chart.active().get(row.code());
            if (existing == null) {
                changes.add(new ImportPlan.Change(parsed.line(), row, true, false, row.managerCode() != null,
                        row.incumbentNumber() != null, row.dottedLines(), List.of()));
                continue;
            }
            Map<String, String> before = labels(existing.dottedLines());
            Map<String, String> after = labels(row.dottedLines());
            List<OrgChartRow.Dotted> added = row.dottedLines().stream()
                    .filter(line -> !line.label().equals(before.get(line.partnerCode()))).toList();
            List<OrgChartRow.Dotted> removed = existing.dottedLines().stream()
                    .filter(line -> !line.label().equals(after.get(line.partnerCode())))
                    .sorted(Comparator.comparing(OrgChartRow.Dotted::partnerCode)).toList();
            ImportPlan.Change change = new ImportPlan.Change(parsed.line(), row, false, !row.describesSameAs(existing),
                    !Objects.equals(row.managerCode(), existing.managerCode()),
                    !Objects.equals(row.incumbentNumber(), existing.incumbentNumber()), added, removed);
            if (change.describe() || change.move() || change.incumbent() || change.touchesLines()) {
                changes.add(change);
            } else {
                unchanged++;
            }
        }
        return new ImportPlan(chart.day(), total, changes, unchanged);
    }

    private static Map<String, String> labels(List<OrgChartRow.Dotted> lines) {
        return lines.stream().collect(Collectors.toMap(OrgChartRow.Dotted::partnerCode, OrgChartRow.Dotted::label,
                (a, b) -> a));
    }
}
