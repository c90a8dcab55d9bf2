package health.staffing.base;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers typed by people without dropping a character: "$340,000.00" is 340000.00, but
 * "1.5" openings, "1e309" or "NaN" are refused rather than read as 15, 1309 or nothing. Forms
 * show the refusal on the field; the domain rules then check the range.
 */
public final class Numbers {

    /** Dollars with optional "$", thousands grouped by commas (or none) and up to two cents digits. */
    private static final Pattern AMOUNT = Pattern.compile("\\$?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.?\\d+|\\d+\\.");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    /** Longer numbers are never meant: keeps parsing cheap and values within every column. */
    private static final int MAX_DIGITS = 15;

    private Numbers() {
    }

    /** A yearly amount in dollars, or empty when the text is not one. */
    public static Optional<BigDecimal> amount(String text) {
        String value = text == null ? "" : text.strip();
        if (!AMOUNT.matcher(value).matches() || digits(value) > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace("$", "").replace(",", "").strip()));
    }

    /** A non-negative decimal with at most {@code maxScale} digits after the point ("0.5", ".75"). */
    public static Optional<BigDecimal> decimal(String text, int maxScale) {
        String value = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(value).matches() || digits(value) > MAX_DIGITS) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(value.endsWith(".") ? value + "0" : value);
        return number.stripTrailingZeros().scale() > maxScale ? Optional.empty() : Optional.of(number);
    }

    /** A non-negative whole number ("12"); "1.5", "-1" and "12a" are not. */
    public static Optional<Integer> whole(String text) {
        String value = text == null ? "" : text.strip();
        if (!WHOLE.matcher(value).matches() || value.length() > 9) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(value));
    }

    private static long digits(String value) {
        return value.chars().filter(Character::isDigit).count();
    }
}
