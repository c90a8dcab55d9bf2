package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayTransparencyPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String MA = "Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)";
    private static final String NY = "New York Labor Law § 194-b";
    private static final String NYC = "NYC Local Law 32 of 2022";
    private static final String HI = "Hawaii Revised Statutes § 378-2.4 (Act 203 of 2023)";
    private static final List<PayTransparencyLaw> LAWS = List.of(
            law("Massachusetts", "MA", Set.of(), MA, 25, "2025-10-29", null),
            law("New York State", "NY", Set.of(), NY, 4, "2023-09-17", null),
            law("New York City", "NY", PayTransparencyLaw.citiesFrom("New York|NYC|Manhattan|Brooklyn|Bronx|Queens|Staten Island"),
                    NYC, 4, "2022-11-01", null),
            law("Hawaii", "HI", Set.of(), HI, 50, "2024-01-01", null),
            law("Atlantis", "AT", Set.of(), "Atlantis Sunset Act", 1, "2020-01-01", "2024-12-31"));

    private final PayTransparencyPolicy policy = policy("1.5", 10_000);

    private static PayTransparencyLaw law(String jurisdiction, String state, Set<String> cities, String citation,
            int minEmployees, String from, String to) {
        return new PayTransparencyLaw(jurisdiction, state, cities, citation, minEmployees, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static PayTransparencyPolicy policy(String ratio, int headcount) {
        return new PayTransparencyPolicy(new PayTransparencyProperties(new BigDecimal(ratio), headcount));
    }

    private List<String> problems(String min, String max, String city, String state) {
        return policy.problems(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                policy.rulesAt(LAWS, city, state, TODAY));
    }

    @Test
    void a_closed_range_within_the_ratio_may_be_posted() {
        assertThat(problems("280000", "340000", "Somerville", "MA")).isEmpty();
        assertThat(problems("340000.00", "350000.00", "New York", "NY")).isEmpty();
        assertThat(problems("200000", "300000", "Middletown", "CT")).as("exactly the ratio").isEmpty();
        assertThat(problems("300000", "300000", "Worcester", "MA")).as("a single figure is a closed range").isEmpty();
    }

    @Test
    void massachusetts_refuses_a_missing_maximum_naming_its_law() {
        assertThat(problems("280000", null, "Worcester", "MA")).singleElement().asString()
                .contains(MA, "both a minimum and a maximum", "no open-ended range");
        assertThat(problems(null, "320000", "Worcester", "MA")).singleElement().asString().contains("closed salary range");
    }

    @Test
    void new_york_state_outside_the_city_names_the_labor_law_only() {
        assertThat(policy.rulesAt(LAWS, "Albany", "NY", TODAY)).containsExactly(NY);
    }

    @ParameterizedTest
    @CsvSource({"New York", "new york", "NYC", "Manhattan", "  Brooklyn ", "Bronx", "Queens", "Staten Island"})
    void new_york_city_names_the_city_law_first_and_then_the_state_law(String city) {
        assertThat(policy.rulesAt(LAWS, city, "ny", TODAY)).containsExactly(NYC, NY);
    }

    @Test
    void a_city_called_new_york_elsewhere_is_not_new_york_city() {
        assertThat(policy.rulesAt(LAWS, "New York", "MA", TODAY)).containsExactly(MA);
    }

    @Test
    void a_state_without_a_law_in_the_table_falls_back_to_the_health_systems_policy() {
        assertThat(policy.rulesAt(LAWS, "Middletown", "CT", TODAY)).containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
        assertThat(policy.rulesAt(LAWS, null, null, TODAY)).containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
    }

    @Test
    void a_law_applies_from_its_effective_day_and_not_after_it_ends() {
        assertThat(policy.rulesAt(LAWS, "Boston", "MA", LocalDate.of(2025, 10, 28)))
                .containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
        assertThat(policy.rulesAt(LAWS, "Boston", "MA", LocalDate.of(2025, 10, 29))).containsExactly(MA);
        assertThat(policy.rulesAt(LAWS, "Poseidonia", "AT", LocalDate.of(2024, 12, 31))).containsExactly("Atlantis Sunset Act");
        assertThat(policy.rulesAt(LAWS, "Poseidonia", "AT", LocalDate.of(2025, 1, 1)))
                .containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
    }

    @Test
    void a_law_with_an_employer_threshold_reaches_only_an_employer_that_large() {
        assertThat(policy("1.5", 50).rulesAt(LAWS, "Honolulu", "HI", TODAY)).containsExactly(HI);
        assertThat(policy("1.5", 49).rulesAt(LAWS, "Honolulu", "HI", TODAY))
                .containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
    }

    @Test
    void a_minimum_above_the_maximum_is_refused() {
        assertThat(problems("340000", "280000", "Somerville", "MA")).singleElement().asString()
                .contains("$340,000 is above the maximum $280,000", MA);
    }

    @Test
    void a_range_wider_than_the_configured_ratio_is_refused_naming_both_new_york_laws() {
        assertThat(problems("200000", "300001", "New York", "NY")).singleElement().asString()
                .contains("too wide", "at most 1.5 times the minimum", NYC + " and " + NY);
    }

    @Test
    void the_ratio_is_configurable() {
        PayTransparencyPolicy strict = policy("1.2", 10_000);

        assertThat(strict.problems(new BigDecimal("280000"), new BigDecimal("340000"), List.of(MA))).singleElement()
                .asString().contains("at most 1.2 times");
        assertThat(strict.requirement(List.of(MA))).isEqualTo("Pay transparency: " + MA
                + " — a closed range, the maximum at most 1.2 times the minimum.");
    }

    @Test
    void a_zero_minimum_is_refused() {
        assertThat(problems("0", "10", "Boston", "MA")).singleElement().asString().contains("more than zero");
    }

    @Test
    void the_defaults_are_one_and_a_half_and_a_large_employer_and_nonsense_is_refused_at_start_up() {
        PayTransparencyProperties defaults = new PayTransparencyProperties(null, null);
        assertThat(defaults.maxRangeRatio()).isEqualByComparingTo("1.5");
        assertThat(defaults.employerHeadcount()).isEqualTo(10_000);
        assertThatThrownBy(() -> new PayTransparencyProperties(new BigDecimal("0.9"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayTransparencyProperties(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
