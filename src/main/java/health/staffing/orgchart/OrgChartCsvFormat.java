package health.staffing.orgchart;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The organisation as CSV: the columns, how a position becomes a line and back, and the order of
 * the lines.
 * <p>
 * {@code dotted_lines} holds the outgoing dotted lines as {@code CODE:label} pairs separated by
 * {@code |}, for example {@code MGB-ACPHO:population health|MGB-CFO:budget}, ordered by code.
 * Spaces around codes, labels and pairs are ignored. A {@code |}, {@code :} or {@code \} inside a
 * code or a label is written with a backslash before it ({@code \|}, {@code \:}, {@code \\}), so
 * every label survives the round trip; a backslash before any other character is an error.
 */
final class OrgChartCsvFormat {

    static final List<String> HEADER = List.of("position_id", "title", "department", "entity", "manager_position_id",
            "incumbent_employee_id", "fte", "admin_fte", "location_city", "location_state", "dotted_lines");
    static final int COLUMNS = HEADER.size();

    static final int POSITION_ID = 0;
    static final int TITLE = 1;
    static final int DEPARTMENT = 2;
    static final int ENTITY = 3;
    static final int MANAGER = 4;
    static final int INCUMBENT = 5;
    static final int FTE = 6;
    static final int ADMIN_FTE = 7;
    static final int CITY = 8;
    static final int STATE = 9;
    static final int DOTTED_LINES = 10;

    private OrgChartCsvFormat() {
    }

    static List<String> fields(OrgChartRow row) {
        List<String> fields = new ArrayList<>(COLUMNS);
        fields.add(row.code());
        fields.add(row.title());
        fields.add(row.department());
        fields.add(row.organisationCode());
        fields.add(row.managerCode());
        fields.add(row.incumbentNumber());
        fields.add(decimal(row.fte()));
        fields.add(decimal(row.adminFte()));
        fields.add(row.locationCity());
        fields.add(row.locationState());
        fields.add(dottedLines(row.dottedLines()));
        return fields;
    }

    /** Two decimals: 1.00, 0.50. */
    static @Nullable String decimal(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String dottedLines(List<OrgChartRow.Dotted> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream().sorted(Comparator.comparing(OrgChartRow.Dotted::partnerCode)
                .thenComparing(OrgChartRow.Dotted::label)).forEach(line -> {
                    if (!text.isEmpty()) {
                        text.append('|');
                    }
                    text.append(escape(line.partnerCode())).append(':').append(escape(line.label()));
                });
        return text.toString();
    }

    /**
     * The pairs of a {@code dotted_lines} field, in the order written; an empty field has none.
     *
     * @throws DomainException saying what is wrong with the text
     */
    static List<OrgChartRow.Dotted> parseDottedLines(String text) {
        List<OrgChartRow.Dotted> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder code = new StringBuilder();
        StringBuilder label = new StringBuilder();
        StringBuilder current = code;
        int pair = 1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '|';
            if (c == '\\') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (next != '\\' && next != '|' && next != ':') {
                    throw new DomainException("dotted_lines: a backslash must come before |, : or another backslash "
                            + "(pair " + pair + ").");
                }
                current.append(next);
                i++;
            } else if (c == ':') {
                if (current == label) {
                    throw new DomainException("dotted_lines: pair " + pair + " has a second ':'; write \\: for a colon "
                            + "inside a label.");
                }
                current = label;
            } else if (c == '|') {
                if (current == code) {
                    throw new DomainException(code.toString().isBlank()
                            ? "dotted_lines: pair " + pair + " is empty; separate CODE:label pairs with a single |."
                            : "dotted_lines: pair " + pair + " (" + code.toString().trim()
                                    + ") has no label; write CODE:label.");
                }
                String partner = code.toString().trim();
                String name = label.toString().trim();
                if (partner.isEmpty()) {
                    throw new DomainException("dotted_lines: pair " + pair + " has no position code; write CODE:label.");
                }
                if (name.isEmpty()) {
                    throw new DomainException("dotted_lines: the dotted line to " + partner + " has no label; "
                            + "name it, for example " + partner + ":quality oversight.");
                }
                lines.add(new OrgChartRow.Dotted(partner, name));
                code.setLength(0);
                label.setLength(0);
                current = code;
                pair++;
            } else {
                current.append(c);
            }
        }
        return lines;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace(":", "\\:");
    }

    /**
     * Managers before their reports: per organisation (by code), breadth first from its tops, reports
     * of a manager by code; then, breadth first likewise, positions whose manager is not among the
     * rows; then whatever is left (a cycle), by code.
     */
    static List<OrgChartRow> managersFirst(Collection<OrgChartRow> rows) {
        Map<String, OrgChartRow> byCode = new HashMap<>();
        Map<String, List<OrgChartRow>> reports = new HashMap<>();
        for (OrgChartRow row : rows) {
            byCode.put(row.code(), row);
            if (row.managerCode() != null) {
                reports.computeIfAbsent(row.managerCode(), code -> new ArrayList<>()).add(row);
            }
        }
        Comparator<OrgChartRow> byCodeOrder = Comparator.comparing(OrgChartRow::code);
        reports.values().forEach(list -> list.sort(byCodeOrder));
        Map<String, List<OrgChartRow>> topsByOrganisation = new TreeMap<>();
        List<OrgChartRow> detached = new ArrayList<>();
        for (OrgChartRow row : rows) {
            if (row.managerCode() == null) {
                topsByOrganisation.computeIfAbsent(row.organisationCode(), code -> new ArrayList<>()).add(row);
            } else if (!byCode.containsKey(row.managerCode())) {
                detached.add(row);
            }
        }
        Set<String> written = new LinkedHashSet<>();
        List<OrgChartRow> ordered = new ArrayList<>(rows.size());
        for (List<OrgChartRow> tops : topsByOrganisation.values()) {
            tops.sort(byCodeOrder);
            breadthFirst(tops, reports, written, ordered);
        }
        detached.sort(byCodeOrder);
        breadthFirst(detached, reports, written, ordered);
        rows.stream().filter(row -> !written.contains(row.code())).sorted(byCodeOrder).forEach(row -> {
            written.add(row.code());
            ordered.add(row);
        });
        return ordered;
    }

    private static void breadthFirst(List<OrgChartRow> roots, Map<String, List<OrgChartRow>> reports,
            Set<String> written, List<OrgChartRow> ordered) {
        Deque<OrgChartRow> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            OrgChartRow row = queue.removeFirst();
            if (written.add(row.code())) {
                ordered.add(row);
                queue.addAll(reports.getOrDefault(row.code(), List.of()));
            }
        }
    }
}
