package health.staffing.requisitions;

import health.staffing.base.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a salary range may be posted where the job is. Every posting needs a closed range (a
 * minimum and a maximum, no "and up"), with the minimum not above the maximum and the maximum at
 * most {@code maxRangeRatio} times the minimum. Problems name the laws that apply at the job's
 * location on the day (from the table, {@link PayTransparencyLaw}): a city's law first, then its
 * state's; where none applies, the health system's own policy asks the same. Pure: the laws and
 * the day are given, so every rule is a plain unit test.
 */
public class PayTransparencyPolicy {

    static final String HEALTH_SYSTEM = "the health system's pay-transparency policy";

    private final BigDecimal maxRangeRatio;
    private final int employerHeadcount;

    public PayTransparencyPolicy(PayTransparencyProperties properties) {
        this.maxRangeRatio = properties.maxRangeRatio();
        this.employerHeadcount = properties.employerHeadcount();
    }

    /** The laws (or the policy) that apply at a location on a day, most specific first. */
    public List<String> rulesAt(List<PayTransparencyLaw> laws, @Nullable String city, @Nullable String state,
            LocalDate day) {
        List<String> rules = laws.stream()
                .filter(law -> law.covers(city, state) && law.inForceOn(day) && employerHeadcount >= law.minEmployees())
                .sorted(Comparator.comparing(PayTransparencyLaw::citywide).reversed())
                .map(PayTransparencyLaw::citation).distinct().toList();
        return rules.isEmpty() ? List.of(HEALTH_SYSTEM) : rules;
    }

    /** What the form says under the salary range: the rules and what they ask. */
    public String requirement(List<String> rules) {
        return "Pay transparency: " + String.join(" and ", rules) + " — a closed range, the maximum at most "
                + ratio() + " times the minimum.";
    }

    /** What is wrong with the range under these rules; empty when it may be posted. */
    public List<String> problems(@Nullable BigDecimal min, @Nullable BigDecimal max, List<String> rules) {
        String named = String.join(" and ", rules);
        List<String> problems = new ArrayList<>();
        if (min == null || max == null) {
            problems.add("A posting needs a closed salary range: " + named + " requires both a minimum and a maximum"
                    + " (no open-ended range). Enter them on the requisition.");
            return problems;
        }
        if (min.signum() <= 0) {
            problems.add("The salary minimum must be more than zero (" + named + ").");
            return problems;
        }
        if (min.compareTo(max) > 0) {
            problems.add("The salary minimum " + Money.text(min) + " is above the maximum " + Money.text(max) + "; "
                    + named + " requires a good-faith range from minimum to maximum.");
            return problems;
        }
        if (max.compareTo(min.multiply(maxRangeRatio)) > 0) {
            problems.add("The salary range " + Money.text(min) + " – " + Money.text(max) + " is too wide for " + named
                    + ": the maximum may be at most " + ratio() + " times the minimum (at most "
                    + Money.text(min.multiply(maxRangeRatio)) + ").");
        }
        return problems;
    }

    private String ratio() {
        return maxRangeRatio.stripTrailingZeros().toPlainString();
    }
}
