package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayTransparencyPolicyTest {

    private final PayTransparencyPolicy policy = new PayTransparencyPolicy(new PayTransparencyProperties(new BigDecimal("1.5")));

    private static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void a_closed_range_within_the_ratio_may_be_published() {
        assertThatCode(() -> policy.requirePublishable($("280000"), $("340000"), "Somerville", "MA")).doesNotThrowAnyException();
        assertThatCode(() -> policy.requirePublishable($("340000.00"), $("350000.00"), "New York", "NY")).doesNotThrowAnyException();
        assertThatCode(() -> policy.requirePublishable($("200000"), $("300000"), "Middletown", "CT"))
                .as("exactly the ratio").doesNotThrowAnyException();
        assertThatCode(() -> policy.requirePublishable($("300000"), $("300000"), "Worcester", "MA"))
                .as("a single figure is a closed range").doesNotThrowAnyException();
    }

    @Test
    void massachusetts_refuses_a_missing_maximum_naming_its_law() {
        assertThatThrownBy(() -> policy.requirePublishable($("280000"), null, "Worcester", "MA"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)")
                .hasMessageContaining("both a minimum and a maximum")
                .hasMessageContaining("no open-ended range");
    }

    @Test
    void a_missing_minimum_is_refused_too() {
        assertThatThrownBy(() -> policy.requirePublishable(null, $("320000"), "Worcester", "MA"))
                .hasMessageContaining("closed salary range");
        assertThatThrownBy(() -> policy.requirePublishable(null, null, "Worcester", "MA"))
                .hasMessageContaining("closed salary range");
    }

    @Test
    void new_york_state_outside_the_city_names_the_labor_law_only() {
        assertThatThrownBy(() -> policy.requirePublishable(null, $("300000"), "Albany", "NY"))
                .hasMessageContaining("New York Labor Law § 194-b")
                .hasMessageNotContaining("NYC Local Law 32 of 2022");
    }

    @ParameterizedTest
    @CsvSource({"New York", "new york", "NYC", "Manhattan", "Brooklyn", "Bronx", "Queens", "Staten Island"})
    void new_york_city_names_the_city_law_and_the_state_law(String city) {
        assertThatThrownBy(() -> policy.requirePublishable($("300000"), null, city, "NY"))
                .hasMessageContaining("NYC Local Law 32 of 2022")
                .hasMessageContaining("New York Labor Law § 194-b");
    }

    @Test
    void a_city_called_new_york_elsewhere_is_not_new_york_city() {
        assertThat(PayTransparencyPolicy.rulesAt("New York", "MA")).containsExactly(PayTransparencyPolicy.MASSACHUSETTS);
    }

    @Test
    void elsewhere_the_health_systems_policy_applies() {
        assertThatThrownBy(() -> policy.requirePublishable(null, null, "Middletown", "CT"))
                .hasMessageContaining("the health system's pay-transparency policy");
        assertThat(PayTransparencyPolicy.rulesAt(null, null)).containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
    }

    @Test
    void a_minimum_above_the_maximum_is_refused() {
        assertThatThrownBy(() -> policy.requirePublishable($("340000"), $("280000"), "Somerville", "MA"))
                .hasMessageContaining("$340,000 is above the maximum $280,000")
                .hasMessageContaining("Massachusetts pay transparency law");
    }

    @Test
    void a_range_wider_than_the_configured_ratio_is_refused() {
        assertThatThrownBy(() -> policy.requirePublishable($("200000"), $("300001"), "New York", "NY"))
                .hasMessageContaining("too wide")
                .hasMessageContaining("at most 1.5 times the minimum")
                .hasMessageContaining("NYC Local Law 32 of 2022");
    }

    @Test
    void the_ratio_is_configurable() {
        PayTransparencyPolicy strict = new PayTransparencyPolicy(new PayTransparencyProperties(new BigDecimal("1.2")));

        assertThat(strict.problems($("280000"), $("340000"), "Somerville", "MA")).singleElement()
                .asString().contains("at most 1.2 times");
        assertThat(policy.problems($("280000"), $("340000"), "Somerville", "MA")).isEmpty();
    }

    @Test
    void a_zero_minimum_is_refused() {
        assertThat(policy.problems(BigDecimal.ZERO, $("10"), "Boston", "MA")).singleElement().asString()
                .contains("more than zero");
    }

    @Test
    void the_ratio_defaults_to_one_and_a_half() {
        assertThat(new PayTransparencyProperties(null).maxRangeRatio()).isEqualByComparingTo("1.5");
    }
}
