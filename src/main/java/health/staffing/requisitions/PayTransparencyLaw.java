package health.staffing.requisitions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One row of the pay-transparency table (V24): a law of a state, or of some of its cities, in force
 * from one day (to another, when repealed or replaced) for employers of at least some size.
 */
public record PayTransparencyLaw(String jurisdiction, String state, Set<String> cities, String citation,
        int minEmployees, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

    public PayTransparencyLaw {
        state = state.strip().toUpperCase(Locale.ROOT);
        cities = cities.stream().map(PayTransparencyLaw::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /** The table's form of the cities: names separated by {@code |}, none for the whole state. */
    static Set<String> citiesFrom(@Nullable String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.split("\\|")).map(String::strip).filter(name -> !name.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    boolean citywide() {
        return !cities.isEmpty();
    }

    /** Whether the law reaches a job in this city and state (a state law reaches all its cities). */
    boolean covers(@Nullable String city, @Nullable String jobState) {
        if (jobState == null || !state.equals(jobState.strip().toUpperCase(Locale.ROOT))) {
            return false;
        }
        return cities.isEmpty() || city != null && cities.contains(normalised(city));
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    private static String normalised(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }
}
