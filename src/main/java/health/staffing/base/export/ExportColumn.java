package health.staffing.base.export;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an export: its header and the row's value — text, a number, a date, an instant, or
 * nothing. Numbers and dates stay numbers and dates in Excel, so people can sum and sort them.
 */
public record ExportColumn<T>(String header, Function<T, @Nullable Object> value) {

    public static <T> ExportColumn<T> of(String header, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, value);
    }
}
