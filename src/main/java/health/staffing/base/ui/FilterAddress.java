package health.staffing.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.base.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A list's filters kept in the page address, so a filtered list can be bookmarked, shared and reloaded
 * ({@code ?status=POSTED,ON_HOLD&minAge=30}). Reading forgives a hand-edited address: a blank, unknown or
 * out-of-range value is simply not a filter (never an error page); writing keeps only what is set, so
 * addresses stay short and readable.
 */
public final class FilterAddress {

    private final Map<String, List<String>> parameters;

    private FilterAddress(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static FilterAddress of(BeforeEnterEvent event) {
        return new FilterAddress(event.getLocation().getQueryParameters().getParameters());
    }

    /** The first value of the parameter, when it is not blank. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(parameters.get(key)).filter(values -> !values.isEmpty()).map(List::getFirst)
                .filter(value -> !value.isBlank());
    }

    public Optional<Integer> whole(String key, int min, int max) {
        return text(key).flatMap(Numbers::whole).filter(value -> value >= min && value <= max);
    }

    public Optional<BigDecimal> decimal(String key, int maxScale, BigDecimal min, BigDecimal max) {
        return text(key).flatMap(value -> Numbers.decimal(value, maxScale))
                .filter(value -> value.compareTo(min) >= 0 && value.compareTo(max) <= 0);
    }

    public Optional<BigDecimal> amount(String key, BigDecimal max) {
        return text(key).flatMap(Numbers::amount).filter(amount -> amount.compareTo(max) <= 0);
    }

    public Optional<LocalDate> day(String key) {
        try {
            return text(key).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /** A constant by name, in any case and with "-" for "_" ("full-time" is FULL_TIME). */
    public <E extends Enum<E>> Optional<E> constant(String key, Class<E> type) {
        return text(key).flatMap(value -> constant(type, value));
    }

    /** A comma-separated set of constants; unknown names are left out. */
    public <E extends Enum<E>> Set<E> constants(String key, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        text(key).ifPresent(list -> {
            for (String name : list.split(",")) {
                constant(type, name).ifPresent(found::add);
            }
        });
        return found;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Builds the address of a filter: only what is set. */
    public static Writer writer() {
        return new Writer();
    }

    public static final class Writer {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Writer() {
        }

        /** The value's text, trimmed; nothing for null or blank. */
        public Writer put(String key, @Nullable Object value) {
            if (value != null && !value.toString().isBlank()) {
                values.put(key, value.toString().strip());
            }
            return this;
        }

        /** A constant in lower case ("full_time"), as people would type it. */
        public Writer putWord(String key, @Nullable Enum<?> value) {
            return value == null ? this : put(key, value.name().toLowerCase(Locale.ROOT));
        }

        /** Constants by name, sorted and comma-separated; nothing for an empty set. */
        public Writer putAll(String key, Collection<? extends Enum<?>> constants) {
            return put(key, constants.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }

        public QueryParameters toQueryParameters() {
            return QueryParameters.simple(values);
        }
    }
}
