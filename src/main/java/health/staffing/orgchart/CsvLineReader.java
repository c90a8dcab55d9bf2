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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Reads one line of an org-chart CSV file on its own: every field checked against its column's rule
 * and the things that exist (organisations, employees, the position's organisation and whether it is
 * active on the day), each problem an {@link ImportError} with the line. What depends on the other
 * lines (references, one seat per employee, one top, cycles) is {@link OrgChartCsvValidator}'s.
 */
final class CsvLineReader {

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

    CsvLineReader(ChartSnapshot chart, Set<String> organisations, Set<String> employees) {
        this.chart = chart;
        this.organisations = organisations;
        this.employees = employees;
    }

    /** A record read well enough to check: its fields normalised; a field that is wrong is null. */
    record Parsed(int line, @Nullable String code, @Nullable String title, @Nullable String department,
            @Nullable String organisation, @Nullable String manager, @Nullable String incumbent,
            @Nullable BigDecimal fte, @Nullable BigDecimal adminFte, @Nullable String city, @Nullable String state,
            List<OrgChartRow.Dotted> dotted) {

        /** The row, once the validator found no problem on its line (the required fields are then set). */
        OrgChartRow toRow() {
            return new OrgChartRow(required(code), required(title), department, required(organisation), manager,
                    incumbent, required(fte), required(adminFte), city, state, dotted);
        }

        private static <T> T required(@Nullable T checked) {
            return Objects.requireNonNull(checked, "a row without problems has its required fields");
        }
    }

    /** A wrong header stops the check at once: the columns cannot be trusted. */
    static void checkHeader(CsvRecord header) {
        List<String> names = header.fields().stream().map(f -> f.trim().toLowerCase()).toList();
        if (header.error() != null || !names.equals(HEADER)) {
            throw new CsvImportException(List.of(new ImportError(header.line(),
                    "The first line must be the header " + String.join(",", HEADER) + " (in this order); found "
                            + String.join(",", header.fields()) + ".")));
        }
    }

    /** The record's fields, checked one by one; null when the record cannot be read at all. */
    @Nullable Parsed parse(CsvRecord record, List<ImportError> errors) {
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

    private static @Nullable BigDecimal decimal(String field, String column, Consumer<String> error) {
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

    private static List<OrgChartRow.Dotted> dottedLines(String field, @Nullable String code, Consumer<String> error) {
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

    /** Trimmed; empty is null. */
    @Contract("null -> null")
    static @Nullable String text(@Nullable String field) {
        if (field == null) {
            return null;
        }
        String trimmed = field.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
