package health.staffing.insight.ui;

import health.staffing.base.export.ExportColumn;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of a dashboard table: its header, the value as exported (a number stays a number), the text
 * shown, and optionally the address a cell links to (the records behind the figure).
 */
record FigureColumn<T>(String header, Function<T, @Nullable Object> value, Function<T, String> text, boolean numeric,
        @Nullable Function<T, @Nullable String> link) {

    static <T> FigureColumn<T> text(String header, Function<T, @Nullable String> value) {
        return new FigureColumn<>(header, value::apply, row -> {
            String shown = value.apply(row);
            return shown == null ? "—" : shown;
        }, false, null);
    }

    /** A count or amount: right-aligned, shown with {@code shown}, exported as the number. */
    static <T> FigureColumn<T> number(String header, Function<T, @Nullable Object> value, Function<T, String> shown) {
        return new FigureColumn<>(header, value, shown, true, null);
    }

    FigureColumn<T> linkedTo(Function<T, @Nullable String> address) {
        return new FigureColumn<>(header, value, text, numeric, address);
    }

    ExportColumn<T> export() {
        return ExportColumn.of(header, value);
    }
}
