package health.staffing.directory;

import health.staffing.orgchart.CsvReader.CsvRecord;
import health.staffing.people.HrEmployee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The HR system's employee file: UTF-8 CSV (RFC 4180) with the header
 * {@code employee_number,given_name,family_name,post_nominals,email,work_location,position_code,manager_employee_number,hire_date,termination_date,fte};
 * dates as {@code yyyy-mm-dd}, FTE as {@code 0.80}. An empty {@code position_code} leaves the person's seat in
 * the org chart as it is; a code moves them into that seat. A {@code termination_date} on or before today ends
 * the employment now, a later one on its day.
 */
final class HrFileFormat {

    static final List<String> HEADER = List.of("employee_number", "given_name", "family_name", "post_nominals", "email",
            "work_location", "position_code", "manager_employee_number", "hire_date", "termination_date", "fte");

    private HrFileFormat() {
    }

    /** A line of the file as read, before it is checked against the directory and the chart. */
    record HrRow(int line, HrEmployee employee, @Nullable String positionCode) {
    }

    static boolean isHeader(CsvRecord record) {
        return record.fields().stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    /**
     * The row, or the problems of its fields ({@code problems} gets them, each saying which field).
     */
    static @Nullable HrRow parse(CsvRecord record, List<String> problems) {
        List<String> fields = record.fields();
        if (fields.size() != HEADER.size()) {
            problems.add("The line has " + fields.size() + " fields; the file has " + HEADER.size() + " columns.");
            return null;
        }
        LocalDate hired = date(fields.get(8), "hire_date", problems);
        LocalDate leaves = date(fields.get(9), "termination_date", problems);
        BigDecimal fte = fte(fields.get(10), problems);
        HrEmployee employee = new HrEmployee(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
                fields.get(5), fields.get(7), hired, leaves, fte);
        String position = fields.get(6).strip();
        return new HrRow(record.line(), employee, position.isEmpty() ? null : position);
    }

    private static @Nullable LocalDate date(String text, String column, List<String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(column + " \"" + shortened(text) + "\" is not a date like 2026-12-31.");
            return null;
        }
    }

    private static @Nullable BigDecimal fte(String text, List<String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            problems.add("fte \"" + shortened(text) + "\" is not a number like 0.80.");
            return null;
        }
    }

    static String shortened(String text) {
        String line = text.strip().replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }
}
