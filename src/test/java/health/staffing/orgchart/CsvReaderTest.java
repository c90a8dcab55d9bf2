package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.orgchart.CsvReader.CsvRecord;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> fields(String text) {
        return CsvReader.readAll(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void plain_fields_are_split_on_commas_and_records_on_crlf() {
        assertThat(fields("a,b,c\r\n1,2,3\r\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void bare_lf_and_bare_cr_also_end_a_record_and_a_missing_last_line_break_is_fine() {
        assertThat(fields("a,b\n1,2\r3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void empty_fields_are_kept_including_trailing_ones() {
        assertThat(fields(",x,,\r\n")).containsExactly(List.of("", "x", "", ""));
    }

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() {
        List<CsvRecord> records = CsvReader.readAll(
                "code,title\r\n\"A,1\",\"He said \"\"hi\"\"\"\r\nB,\"two\r\nlines\nhere\"\r\nC,\"\"\r\n");

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("code", "title"),
                List.of("A,1", "He said \"hi\""),
                List.of("B", "two\r\nlines\nhere"),
                List.of("C", ""));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 6);
        assertThat(records).allSatisfy(record -> assertThat(record.error()).isNull());
    }

    @Test
    void a_utf8_byte_order_mark_at_the_start_is_skipped() {
        assertThat(fields("\uFEFFposition_id,title\r\nX,Überärztin\r\n"))
                .containsExactly(List.of("position_id", "title"), List.of("X", "Überärztin"));
    }

    @Test
    void an_empty_line_is_a_blank_record_and_an_empty_text_has_no_records() {
        List<CsvRecord> records = CsvReader.readAll("a\r\n\r\nb\r\n");

        assertThat(records).extracting(CsvRecord::blank).containsExactly(false, true, false);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(CsvReader.readAll("")).isEmpty();
        assertThat(CsvReader.readAll("\uFEFF")).isEmpty();
    }

    @Test
    void a_stray_quote_is_reported_on_its_record_and_reading_goes_on() {
        List<CsvRecord> records = CsvReader.readAll("a,b\"c\r\n\"d\"e,f\r\ng,h\r\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(0).error()).contains("quote inside a field");
        assertThat(records.get(0).fields()).containsExactly("a", "b\"c");
        assertThat(records.get(1).error()).contains("after a closing quote");
        assertThat(records.get(2).error()).isNull();
        assertThat(records.get(2).fields()).containsExactly("g", "h");
    }

    @Test
    void a_quote_that_is_never_closed_is_reported_on_the_line_where_its_record_starts() {
        List<CsvRecord> records = CsvReader.readAll("a,b\r\nc,\"open\r\nstill open\r\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).error()).contains("never closed");
    }

    @Test
    void reads_from_any_reader_one_record_at_a_time() {
        CsvReader reader = new CsvReader(new StringReader("x\r\ny\r\n"));

        assertThat(reader.next().fields()).containsExactly("x");
        assertThat(reader.next().fields()).containsExactly("y");
        assertThat(reader.next()).isNull();
    }
}
