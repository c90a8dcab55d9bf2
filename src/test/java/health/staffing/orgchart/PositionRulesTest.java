package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PositionRulesTest {

    @Test
    void total_fte_is_more_than_zero_at_most_one_with_two_decimals() {
        assertThat(PositionRules.fte(new BigDecimal("1.00"))).isEmpty();
        assertThat(PositionRules.fte(new BigDecimal("0.01"))).isEmpty();
        assertThat(PositionRules.fte(BigDecimal.ZERO)).contains("FTE must be more than 0 and at most 1.0.");
        assertThat(PositionRules.fte(new BigDecimal("1.01"))).contains("FTE must be more than 0 and at most 1.0.");
        assertThat(PositionRules.fte(null)).contains("FTE must be more than 0 and at most 1.0.");
        assertThat(PositionRules.fte(new BigDecimal("0.755"))).contains("FTEs have at most two digits after the point (0.75).");
    }

    @Test
    void the_administrative_part_lies_between_zero_and_the_total() {
        assertThat(PositionRules.adminFte(new BigDecimal("0.8"), new BigDecimal("0.8"))).isEmpty();
        assertThat(PositionRules.adminFte(new BigDecimal("0.8"), BigDecimal.ZERO)).isEmpty();
        assertThat(PositionRules.adminFte(new BigDecimal("0.8"), new BigDecimal("0.9")))
                .contains("Administrative FTE must be between 0 and the total FTE (0.8).");
        assertThat(PositionRules.adminFte(null, new BigDecimal("-0.1")))
                .contains("Administrative FTE must be between 0 and the total FTE.");
        assertThat(PositionRules.adminFte(BigDecimal.ONE, new BigDecimal("0.333")))
                .contains("FTEs have at most two digits after the point (0.75).");
    }

    @Test
    void state_is_optional_but_when_given_two_letters() {
        assertThat(PositionRules.state(null)).isEmpty();
        assertThat(PositionRules.state(" ")).isEmpty();
        assertThat(PositionRules.state("ma")).isEmpty();
        assertThat(PositionRules.state("M1")).contains("State must be a two-letter code such as MA or NY.");
        assertThat(PositionRules.state("MAS")).contains("State must be a two-letter code such as MA or NY.");
    }

    @Test
    void a_title_is_required_and_fits_its_column() {
        assertThat(PositionRules.title("Chief Medical Officer")).isEmpty();
        assertThat(PositionRules.title("  ")).contains("A position needs a title.");
        assertThat(PositionRules.title("x".repeat(OrgChartLimits.MAX_TITLE + 1))).isPresent();
        assertThat(PositionRules.department("x".repeat(OrgChartLimits.MAX_DEPARTMENT + 1))).isPresent();
        assertThat(PositionRules.city("Boston")).isEmpty();
    }
}
