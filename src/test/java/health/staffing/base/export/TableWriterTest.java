package health.staffing.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and Excel as files: quoting, formula injection, types, and rows read page by page. */
class TableWriterTest {

    record Person(String name, BigDecimal salary, LocalDate since, Instant at, Long age) {
    }

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final List<ExportColumn<Person>> COLUMNS = List.of(ExportColumn.of("Name", Person::name),
            ExportColumn.of("Salary", Person::salary), ExportColumn.of("Since", Person::since),
            ExportColumn.of("At", Person::at), ExportColumn.of("Age, days", Person::age));

    private static Person person(String name) {
        return new Person(name, new BigDecimal("285000.50"), LocalDate.of(2026, 3, 1),
                Instant.parse("2026-12-06T15:30:00Z"), -3L);
    }

    private static PagedRows<Person> rows(List<Person> all) {
        return (number, size) -> all.subList(Math.min(all.size(), number * size),
                Math.min(all.size(), (number + 1) * size));
    }

    @Test
    void csv_quotes_what_needs_it_and_a_text_that_looks_like_a_formula_stays_text() throws Exception {
        List<Person> people = List.of(person("=HYPERLINK(\"http://evil\",\"click\")"), person("Ellis, Jordan"),
                person("+1 555"), person("-5"), person("@SUM(A1)"), person("\tTabbed"), person("Plain \"quoted\""),
                person("Line\nbreak"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long count = TableWriter.write(ExportFormat.CSV, COLUMNS, rows(people), ZONE, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(count).isEqualTo(8);
        assertThat(csv).startsWith("\uFEFFName,Salary,Since,At,\"Age, days\"\r\n");
        assertThat(csv.split("\r\n")).contains(
                "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",285000.50,2026-03-01,2026-12-06 10:30,-3",
                "\"Ellis, Jordan\",285000.50,2026-03-01,2026-12-06 10:30,-3",
                "'+1 555,285000.50,2026-03-01,2026-12-06 10:30,-3", "'-5,285000.50,2026-03-01,2026-12-06 10:30,-3",
                "'@SUM(A1),285000.50,2026-03-01,2026-12-06 10:30,-3",
                "'\tTabbed,285000.50,2026-03-01,2026-12-06 10:30,-3",
                "\"Plain \"\"quoted\"\"\",285000.50,2026-03-01,2026-12-06 10:30,-3");
        assertThat(csv).contains("\"Line\nbreak\"");
    }

    @Test
    void excel_keeps_numbers_and_dates_typed_and_every_text_a_text_cell_never_a_formula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = TableWriter.write(ExportFormat.XLSX, COLUMNS, rows(List.of(person("=SUM(A1:A9)"))), ZONE, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(count).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Age, days");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(285000.5);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().getHour()).isEqualTo(10);
        }
    }

    @Test
    void rows_are_read_page_by_page_until_a_short_page() throws Exception {
        List<Person> many = IntStream.range(0, 2_500).mapToObj(i -> person("P" + i)).toList();
        List<Integer> pagesRead = new java.util.ArrayList<>();
        PagedRows<Person> paged = (number, size) -> {
            pagesRead.add(number);
            return rows(many).page(number, size);
        };

        long csv = TableWriter.write(ExportFormat.CSV, COLUMNS, paged, ZONE, new ByteArrayOutputStream());
        assertThat(csv).isEqualTo(2_500);
        assertThat(pagesRead).containsExactly(0, 1, 2);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(TableWriter.write(ExportFormat.XLSX, COLUMNS, rows(many), ZONE, out)).isEqualTo(2_500);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2_500);
            assertThat(book.getSheetAt(0).getRow(2_500).getCell(0).getStringCellValue()).isEqualTo("P2499");
        }
    }
}
