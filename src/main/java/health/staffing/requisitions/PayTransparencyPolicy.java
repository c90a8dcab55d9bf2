package health.staffing.requisitions;

import health.staffing.base.DomainException;
import health.staffing.base.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a salary range may be published where the job is. Every posting needs a closed range
 * (a minimum and a maximum, no "and up"), with the minimum not above the maximum and the maximum
 * at most {@code maxRangeRatio} times the minimum. The refusal names the rule that applies at the
 * job's location: Massachusetts and New York State have pay transparency laws, New York City its
 * own on top of the state's; elsewhere the health system's own policy asks the same.
 */
public class PayTransparencyPolicy {

    static final String MASSACHUSETTS = "Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)";
    static final String NEW_YORK_STATE = "New York Labor Law § 194-b";
    static final String NEW_YORK_CITY = "NYC Local Law 32 of 2022";
    static final String HEALTH_SYSTEM = "the health system's pay-transparency policy";
    private static final Set<String> NEW_YORK_CITY_NAMES = Set.of("new york", "new york city", "nyc", "manhattan",
            "brooklyn", "bronx", "the bronx", "queens", "staten island");

    private final BigDecimal maxRangeRatio;

    public PayTransparencyPolicy(PayTransparencyProperties properties) {
        this.maxRangeRatio = properties.maxRangeRatio();
    }

    /** The laws (or policy) that apply at a location, most specific first. */
    public static List<String> rulesAt(String city, String state) {
        String st = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        String ct = city == null ? "" : city.strip().toLowerCase(Locale.ROOT);
        return switch (st) {
            case "MA" -> List.of(MASSACHUSETTS);
            case "NY" -> NEW_YORK_CITY_NAMES.contains(ct) ? List.of(NEW_YORK_CITY, NEW_YORK_STATE) : List.of(NEW_YORK_STATE);
            default -> List.of(HEALTH_SYSTEM);
        };
    }

    /** What is wrong with the range; empty when it may be published. */
    public List<String> problems(@Nullable BigDecimal min, @Nullable BigDecimal max, String city, String state) {
        String rules = String.join(" and ", rulesAt(city, state));
        List<String> problems = new ArrayList<>();
        if (min == null || max == null) {
            problems.add("A posting needs a closed salary range: " + rules + " requires both a minimum and a maximum"
                    + " (no open-ended range). Enter them on the requisition.");
            return problems;
        }
        if (min.signum() <= 0) {
            problems.add("The salary minimum must be more than zero (" + rules + ").");
            return problems;
        }
        if (min.compareTo(max) > 0) {
            problems.add("The salary minimum " + Money.text(min) + " is above the maximum " + Money.text(max) + "; " + rules
                    + " requires a good-faith range from minimum to maximum.");
            return problems;
        }
        if (max.compareTo(min.multiply(maxRangeRatio)) > 0) {
            problems.add("The salary range " + Money.text(min) + " – " + Money.text(max) + " is too wide for " + rules
                    + ": the maximum may be at most " + maxRangeRatio.stripTrailingZeros().toPlainString()
                    + " times the minimum (at most " + Money.text(min.multiply(maxRangeRatio)) + ").");
        }
        return problems;
    }

    /** Refuses publishing with a message naming the law; does nothing when the range is fine. */
    public void requirePublishable(@Nullable BigDecimal min, @Nullable BigDecimal max, String city, String state) {
        List<String> problems = problems(min, max, city, state);
        if (!problems.isEmpty()) {
            throw new DomainException("Cannot publish. " + problems.getFirst());
        }
    }
}
