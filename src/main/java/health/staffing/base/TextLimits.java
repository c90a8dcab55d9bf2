package health.staffing.base;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * What a text field may hold: at most the width of its column, and no invisible characters that
 * change how text around it reads — control characters (NUL breaks PostgreSQL, CR/LF in a single
 * line splits mail headers) and bidirectional overrides (which show "evil" as "live"). Domain rules
 * check it so such a value is refused with a clear message instead of failing in the database
 * ("Something went wrong"), and forms use the same check on the field before saving.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Empty, or only spaces of any kind (a no-break space looks as empty as a space). */
    @Contract("null -> true")
    public static boolean isBlank(@Nullable String value) {
        return value == null || value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The problem with {@code value} as the single-line field {@code label}, if any. */
    public static Optional<String> problem(String label, @Nullable String value, int max) {
        return problem(label, value, max, false);
    }

    /** The problem with {@code value} as the multi-line field {@code label} (line breaks and tabs allowed). */
    public static Optional<String> textProblem(String label, @Nullable String value, int max) {
        return problem(label, value, max, true);
    }

    /** Adds the problem with a single line to the list a rule reports at once. */
    public static void check(List<String> problems, String label, String value, int max) {
        problem(label, value, max).ifPresent(problems::add);
    }

    /** Adds the problem with a multi-line text to the list a rule reports at once. */
    public static void checkText(List<String> problems, String label, @Nullable String value, int max) {
        textProblem(label, value, max).ifPresent(problems::add);
    }

    /** Refuses a single line that does not fit, for a single-field rule. */
    public static String require(String label, String value, int max) {
        problem(label, value, max).ifPresent(TextLimits::refuse);
        return value;
    }

    /** Refuses a multi-line text that does not fit, for a single-field rule. */
    @Contract("_, !null, _ -> !null")
    public static @Nullable String requireText(String label, @Nullable String value, int max) {
        textProblem(label, value, max).ifPresent(TextLimits::refuse);
        return value;
    }

    /**
     * A filter's typed or addressed value as queries compare it: {@link #searchable}, stripped, and null
     * when nothing is left (a blank filter is no filter).
     */
    public static @Nullable String filterValue(@Nullable String text) {
        String kept = searchable(text);
        return kept == null || isBlank(kept) ? null : kept.strip();
    }

    /** A SQL LIKE pattern for text containing {@code typed}, in any case (compare with {@code lower(column)}). */
    public static String containing(String typed) {
        return "%" + typed.strip().toLowerCase(java.util.Locale.ROOT) + "%";
    }

    /**
     * A search text as a query can take it: the invisible characters above removed (a NUL fails the
     * statement on PostgreSQL). A search is never refused for them: it finds what the rest matches.
     */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String searchable(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !invisible(c, false)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Optional<String> problem(String label, @Nullable String value, int max, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        int length = value.strip().length();
        if (length > max) {
            return Optional.of(String.format("%s can be at most %,d characters; it has %,d.", label, max, length));
        }
        return value.codePoints().filter(c -> invisible(c, multiLine)).boxed().findFirst()
                .map(c -> String.format("%s contains an invisible character (U+%04X)%s; remove it.", label, c,
                        c == '\n' || c == '\r' ? ", a line break, which this one-line field cannot hold" : ""));
    }

    private static boolean invisible(int c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiLine && c != '\t';
        }
        return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }

    private static void refuse(String message) {
        throw new DomainException(message);
    }
}
