package health.staffing.orgchart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV: fields separated by commas, records by CRLF (a bare LF or CR is accepted
 * too), fields with commas, quotes or line breaks in double quotes, a quote inside them doubled.
 * A UTF-8 byte order mark at the start is skipped. Line breaks inside a quoted field are kept as
 * they are.
 * <p>
 * It never gives up on a file: a malformed record (a quote inside an unquoted field, text after a
 * closing quote, a quote that is never closed) comes back with an {@link CsvRecord#error()} and
 * reading goes on with the next record, so an import can report every problem at once. Public for the
 * other file the portal reads: the HR system's employee file (directory).
 */
public final class CsvReader {

    private static final int NONE = -2;
    private static final int UNCLOSED = -3;
    private static final char BOM = '\uFEFF';

    /** One record: the physical line it starts on (the first line is 1), its fields, and what is wrong with it. */
    public record CsvRecord(int line, List<String> fields, @Nullable String error) {

        /** An empty line: one empty field. */
        public boolean blank() {
            return fields.size() == 1 && fields.getFirst().isEmpty() && error == null;
        }
    }

    private final Reader in;
    private int pending = NONE;
    private int line = 1;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in instanceof BufferedReader || in instanceof StringReader ? in : new BufferedReader(in);
    }

    /** Every record of the text. */
    public static List<CsvRecord> readAll(Reader in) {
        CsvReader reader = new CsvReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    static List<CsvRecord> readAll(String text) {
        return readAll(new StringReader(text));
    }

    /** The next record, or null at the end of the text. */
    @Nullable CsvRecord next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        String error = null;
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"') {
                c = quoted(field);
                if (c == UNCLOSED) {
                    error = first(error, "A quoted field is never closed: a \" is missing.");
                    c = -1;
                }
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    error = first(error, "Text after a closing quote: a quote inside a quoted field must be doubled (\"\").");
                    field.append((char) c);
                    c = read();
                }
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    if (c == '"') {
                        error = first(error, "A quote inside a field that does not start with a quote: "
                                + "put the whole field in quotes and double the quote (\"\").");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(Formulas.restore(field.toString()));
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                line++;
                int next = read();
                if (next != '\n') {
                    pending = next;
                }
            } else if (c == '\n') {
                line++;
            }
            return new CsvRecord(start, List.copyOf(fields), error);
        }
    }

    /**
     * Reads a quoted field after its opening quote; returns the character after the closing quote,
     * or {@link #UNCLOSED} when the text ends inside the quotes.
     */
    private int quoted(StringBuilder field) {
        while (true) {
            int c = read();
            if (c == -1) {
                return UNCLOSED;
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    return next;
                }
                field.append('"');
            } else if (c == '\r') {
                line++;
                field.append('\r');
                int next = read();
                if (next == '\n') {
                    field.append('\n');
                } else {
                    pending = next;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private int read() {
        if (pending != NONE) {
            int c = pending;
            pending = NONE;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(@Nullable String existing, String error) {
        return existing == null ? error : existing;
    }
}
