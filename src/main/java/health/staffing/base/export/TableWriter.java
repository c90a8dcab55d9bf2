package health.staffing.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows as CSV or Excel while they are read, {@value #PAGE} at a time: memory stays bounded
 * however many rows there are (Excel through POI's streaming SXSSF, which keeps {@value #WINDOW} rows
 * in memory and the rest in a temporary file).
 * <p>
 * CSV is UTF-8 with a byte-order mark (Excel opens it with accents intact), fields quoted as RFC 4180
 * asks, and <b>formula injection neutralised</b>: a text starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so a name like {@code =HYPERLINK(…)} stays text when the
 * file is opened. In Excel every text is a text cell, which is never evaluated.
 */
public final class TableWriter {

    static final int PAGE = 1_000;
    static final int WINDOW = 200;
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL = 32_767;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TableWriter() {
    }

    /** Writes every row and returns how many there were. */
    public static <T> long write(ExportFormat format, List<ExportColumn<T>> columns, PagedRows<T> rows,
            ZoneId zone, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? csv(columns, rows, zone, out) : xlsx(columns, rows, zone, out);
    }

    private static <T> long csv(List<ExportColumn<T>> columns, PagedRows<T> rows, ZoneId zone, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, columns.stream().map(column -> csvField(column.header(), zone)).toList());
        long count = 0;
        for (int number = 0; ; number++) {
            List<T> page = rows.page(number, PAGE);
            for (T row : page) {
                line(writer, columns.stream().map(column -> csvField(column.value().apply(row), zone)).toList());
                count++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        writer.flush();
        return count;
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        writer.write(String.join(",", fields));
        writer.write("\r\n");
    }

    /**
     * One CSV field: a text neutralised (a number stays a number, "-3" included), then quoted when it
     * holds a comma, a quote or a line break.
     */
    static String csvField(@Nullable Object value, ZoneId zone) {
        String safe = value instanceof Number ? text(value, zone) : neutralised(text(value, zone));
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** A text a spreadsheet would read as a formula, made plain text. */
    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String text(@Nullable Object value, ZoneId zone) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            case Instant instant -> MINUTES.format(LocalDateTime.ofInstant(instant, zone));
            default -> value.toString();
        };
    }

    private static <T> long xlsx(List<ExportColumn<T>> columns, PagedRows<T> rows, ZoneId zone, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Export");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            long count = 0;
            for (int number = 0; ; number++) {
                List<T> page = rows.page(number, PAGE);
                for (T item : page) {
                    Row row = sheet.createRow((int) ++count);
                    for (int c = 0; c < columns.size(); c++) {
                        cell(row.createCell(c), columns.get(c).value().apply(item), zone, day, moment);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            workbook.write(out);
            return count;
        }
    }

    private static void cell(Cell cell, @Nullable Object value, ZoneId zone, CellStyle day, CellStyle moment) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(day);
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                cell.setCellStyle(moment);
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…");
            }
        }
    }
}
