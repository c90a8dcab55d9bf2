package health.staffing.orgchart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: records end with CRLF; a field is quoted when it holds a comma, a quote or a
 * line break, and a quote inside it is doubled. A null field is written as an empty one. No byte
 * order mark: the caller encodes the characters (UTF-8) and may add one for spreadsheets.
 * <p>
 * Formula injection (OWASP): a spreadsheet runs a cell that begins with = + - @, a tab or a carriage
 * return, and a requisition title becomes chart text. Such a cell is written with a leading
 * apostrophe (and quoted), which spreadsheets show as text; {@link CsvReader} takes it off again,
 * so the round trip is lossless.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void writeRecord(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field as it appears in the file. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (Formulas.wouldRun(value)) {
            return '"' + ("'" + value).replace("\"", "\"\"") + '"';
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
