package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.orgchart.CsvReader.CsvRecord;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(List<List<String>> records) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        records.forEach(writer::writeRecord);
        return out.toString();
    }

    @Test
    void records_end_with_crlf_and_plain_fields_are_not_quoted() {
        assertThat(write(List.of(List.of("a", "b"), List.of("1.00", "MGB-CMO")))).isEqualTo("a,b\r\n1.00,MGB-CMO\r\n");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(CsvWriter.field("Finance, Planning")).isEqualTo("\"Finance, Planning\"");
        assertThat(CsvWriter.field("the \"real\" one")).isEqualTo("\"the \"\"real\"\" one\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvWriter.field("Human Resources · Talent Acquisition")).isEqualTo("Human Resources · Talent Acquisition");
    }

    @Test
    void null_and_empty_are_empty_fields() {
        assertThat(write(List.of(Arrays.asList("a", null, "", "b")))).isEqualTo("a,,,b\r\n");
    }

    @Test
    void whatever_is_written_reads_back_the_same() {
        List<List<String>> records = List.of(
                List.of("plain", "", "with, comma", "\"quoted\"", "multi\r\nline\nmixed\r", " spaces "),
                List.of("", "", "", "", "", ""),
                List.of("ü ß 漢字", "a|b:c\\d", "\"", ",", "\n", "x"));

        List<List<String>> read = CsvReader.readAll(write(records)).stream().map(CsvRecord::fields).toList();

        assertThat(read).isEqualTo(records);
    }

    @Test
    void cells_a_spreadsheet_would_run_are_written_as_text_the_owasp_way() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://evil.example\",\"Open\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvWriter.field("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.field("Medical Director = quality")).isEqualTo("Medical Director = quality");
        assertThat(CsvWriter.field("1.00")).isEqualTo("1.00");
    }

    @Test
    void neutralised_cells_and_values_that_already_began_with_an_apostrophe_read_back_unchanged() {
        List<List<String>> records = List.of(List.of("=1+1", "'=1+1", "''-5", "'plain", "@home", "\tx", "-"));

        List<List<String>> read = CsvReader.readAll(write(records)).stream().map(CsvRecord::fields).toList();

        assertThat(read).isEqualTo(records);
    }
}
