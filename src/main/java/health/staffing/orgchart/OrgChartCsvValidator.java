package health.staffing.orgchart;

import static health.staffing.orgchart.OrgChartCsvFormat.ADMIN_FTE;
import static health.staffing.orgchart.OrgChartCsvFormat.CITY;
import static health.staffing.orgchart.OrgChartCsvFormat.COLUMNS;
import static health.staffing.orgchart.OrgChartCsvFormat.DEPARTMENT;
import static health.staffing.orgchart.OrgChartCsvFormat.DOTTED_LINES;
import static health.staffing.orgchart.OrgChartCsvFormat.ENTITY;
import static health.staffing.orgchart.OrgChartCsvFormat.FTE;
import static health.staffing.orgchart.OrgChartCsvFormat.HEADER;
import static health.staffing.orgchart.OrgChartCsvFormat.INCUMBENT;
import static health.staffing.orgchart.OrgChartCsvFormat.MANAGER;
import static health.staffing.orgchart.OrgChartCsvFormat.POSITION_ID;
import static health.staffing.orgchart.OrgChartCsvFormat.STATE;
import static health.staffing.orgchart.OrgChartCsvFormat.TITLE;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.orgchart.CsvReader.CsvRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a whole CSV file against the chart of the import day and turns it into an
 * {@link ImportPlan}, or collects every error with its line. Works on data in memory only (the
 * chart, the organisation codes, the employee numbers that exist), so its rules are tested without
 * a database.
 * <p>
 * A wrong header stops the check at once (the columns cannot be trusted); otherwise every record
 * is checked on its own, then the file as a whole: duplicate codes, references to managers and
 * dotted-line partners, one seat per employee, one top per organisation and no reporting cycles in
 * the chart the import would leave behind (the file's rows plus the positions it does not name).
 */
final class OrgChartCsvValidator {

    static final int PROGRESS_EVERY = 500;

    static final int MAX_CODE = OrgChartLimits.MAX_CODE;
    static final int MAX_TITLE = OrgChartLimits.MAX_TITLE;
    static final int MAX_DEPARTMENT = OrgChartLimits.MAX_DEPARTMENT;
    static final int MAX_CITY = OrgChartLimits.MAX_CITY;
    static final int MAX_LABEL = OrgChartLimits.MAX_LINE_LABEL;

    private static final Pattern DECIMAL = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

    private final ChartSnapshot chart;
    private final Set<String> organisations;
    private final Set<String> employees;

    /**
     * @param chart         the chart on the import day
     * @param organisations codes of the organisations that exist
     * @param employees     employee numbers that exist (at least those the file names)
     */
    OrgChartCsvValidator(ChartSnapshot chart, Set<String> organisations, Set<String> employees) {
        this.chart = chart;
        this.organisations = organisations;
        this.employees = employees;
    }

    /** The employee numbers a file names, to look up before validating it. */
    static Set<String> employeeNumbersIn(List<CsvRecord> records) {
        Set<String> numbers = new HashSet<>();
        for (CsvRecord record : records.subList(Math.min(1, records.size()), records.size())) {
            if (record.fields().size() == COLUMNS) {
                String number = text(record.fields().get(INCUMBENT));
                if (number != null) {
                    numbers.add(number);
                }
            }
        }
        return numbers;
    }

    /** A record read well enough to check: its fields normalised; a field that is wrong is null. */
    private record Parsed(int line, String code, String title, String department, String organisation,
            String manager, String incumbent, BigDecimal fte, BigDecimal adminFte, String city, String state,
            List<OrgChartRow.Dotted> dotted) {

        OrgChartRow toRow() {
            return new OrgChartRow(code, title, department, organisation, manager, incumbent, fte, adminFte, city,
                    state, dotted);
        }
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
        checkHeader(records.getFirst());
        List<CsvRecord> data = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        progress.accept(new ImportProgress(ImportProgress.Phase.VALIDATING, 0, data.size()));

        // every code the file names, even on a broken line: references to it are not "unknown"
        Map<String, Integer> fileCodes = new HashMap<>();
        List<Parsed> rows = new ArrayList<>(data.size());
        int done = 0;
        for (CsvRecord record : data) {
            Parsed parsed = parse(record, errors);
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

    private static void checkHeader(CsvRecord header) {
        List<String> names = header.fields().stream().map(f -> f.trim().toLowerCase()).toList();
        if (header.error() != null || !names.equals(HEADER)) {
            throw new CsvImportException(List.of(new ImportError(header.line(),
                    "The first line must be the header " + String.join(",", HEADER) + " (in this order); found "
                            + String.join(",", header.fields()) + ".")));
        }
    }

    // ---------------------------------------------------------------- one record

    /** The record's fields, checked one by one; null when the record cannot be read at all. */
    private Parsed parse(CsvRecord record, List<ImportError> errors) {
        int line = record.line();
        List<String> f = record.fields();
        if (record.error() != null || f.size() != COLUMNS) {
            errors.add(new ImportError(line, record.error() != null ? record.error()
                    : "The line has " + f.size() + (f.size() == 1 ? " field" : " fields") + "; every line needs "
                            + COLUMNS + " (" + String.join(",", HEADER) + ")."));
            String code = text(f.getFirst());
            return code == null ? null : new Parsed(line, code, null, null, null, null, null, null, null, null, null,
                    List.of());
        }
        Consumer<String> error = message -> errors.add(new ImportError(line, message));

        String code = text(f.get(POSITION_ID));
        if (code == null) {
            error.accept("position_id is missing.");
        } else {
            TextLimits.problem("position_id", code, MAX_CODE).ifPresent(error);
        }
        String title = text(f.get(TITLE));
        if (title == null) {
            error.accept("title is missing" + (code == null ? "." : " for " + code + "."));
        } else {
            TextLimits.problem("title", title, MAX_TITLE).ifPresent(error);
        }
        String department = text(f.get(DEPARTMENT));
        TextLimits.problem("department", department, MAX_DEPARTMENT).ifPresent(error);
        String city = text(f.get(CITY));
        TextLimits.problem("location_city", city, MAX_CITY).ifPresent(error);
        String state = text(f.get(STATE));
        if (state != null) {
            state = state.toUpperCase();
            if (!STATE_CODE.matcher(state).matches()) {
                error.accept("location_state must be a two-letter code such as MA or NY; found " + f.get(STATE).trim()
                        + ".");
            }
        }
        String organisation = text(f.get(ENTITY));
        if (organisation == null) {
            error.accept("entity is missing.");
        } else if (!organisations.contains(organisation)) {
            error.accept("Unknown entity " + organisation + ": create the organisation before importing its positions.");
            organisation = null;
        }
        String incumbent = text(f.get(INCUMBENT));
        if (incumbent != null && !employees.contains(incumbent)) {
            error.accept("Unknown employee number " + incumbent + " in incumbent_employee_id.");
            incumbent = null;
        }
        BigDecimal fte = decimal(f.get(FTE), "fte", error);
        if (fte != null && (fte.signum() <= 0 || fte.compareTo(Position.MAX_FTE) > 0)) {
            error.accept("fte must be more than 0 and at most 1.00; found " + f.get(FTE).trim() + ".");
            fte = null;
        }
        BigDecimal adminFte = decimal(f.get(ADMIN_FTE), "admin_fte", error);
        BigDecimal most = fte == null ? Position.MAX_FTE : fte;
        if (adminFte != null && (adminFte.signum() < 0 || adminFte.compareTo(most) > 0)) {
            error.accept("admin_fte must be between 0 and the fte" + (fte == null ? "" : " (" + fte.toPlainString() + ")")
                    + "; found " + f.get(ADMIN_FTE).trim() + ".");
            adminFte = null;
        }
        List<OrgChartRow.Dotted> dotted = dottedLines(f.get(DOTTED_LINES), code, error);

        if (code != null) {
            OrgChartRow existing = chart.active().get(code);
            String inactive = chart.inactive().get(code);
            if (existing != null && organisation != null && !organisation.equals(existing.organisationCode())) {
                error.accept(code + " belongs to " + existing.organisationCode() + "; an import cannot move a position "
                        + "to another organisation (" + organisation + ").");
            } else if (inactive != null) {
                error.accept("Position " + code + " exists but is not active on " + chart.day() + " (" + inactive
                        + "); the import cannot change it.");
            }
        }
        return new Parsed(line, code, title, department, organisation, text(f.get(MANAGER)), incumbent, fte, adminFte,
                city, state, dotted);
    }

    private static BigDecimal decimal(String field, String column, Consumer<String> error) {
        String text = text(field);
        if (text == null) {
            error.accept(column + " is missing; write it like 1.00 or 0.50.");
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            error.accept(column + " \"" + text + "\" is not a number; write it like 1.00 or 0.50.");
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > 2) {
            error.accept(column + " " + text + " has more than two decimals.");
            return null;
        }
        return value;
    }

    private static List<OrgChartRow.Dotted> dottedLines(String field, String code, Consumer<String> error) {
        List<OrgChartRow.Dotted> parsed;
        try {
            parsed = OrgChartCsvFormat.parseDottedLines(field);
        } catch (DomainException malformed) {
            error.accept(malformed.getMessage());
            return List.of();
        }
        Map<String, OrgChartRow.Dotted> byPartner = new LinkedHashMap<>();
        for (OrgChartRow.Dotted line : parsed) {
            if (line.partnerCode().equals(code)) {
                error.accept("dotted_lines: a position cannot have a dotted line to itself (" + code + ").");
            } else if (TextLimits.problem("label", line.label(), MAX_LABEL).isPresent()) {
                error.accept("dotted_lines: the dotted line to " + line.partnerCode() + ": "
                        + TextLimits.problem("its label", line.label(), MAX_LABEL).orElseThrow());
            } else if (byPartner.putIfAbsent(line.partnerCode(), line) != null) {
                error.accept("dotted_lines: " + line.partnerCode() + " is named twice; a position has one dotted line "
                        + "to each partner.");
            }
        }
        return List.copyOf(byPartner.values());
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

    private String organisationOf(Parsed row) {
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
            if (code != null && state.get(code) == 1) {
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

    private String managerNow(String code) {
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

    /** Trimmed; empty is null. */
    private static String text(String field) {
        if (field == null) {
            return null;
        }
        String trimmed = field.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
