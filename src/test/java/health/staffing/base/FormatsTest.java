package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one rule each for money, FTE and dates that every screen, message and refusal uses. */
class FormatsTest {

    @Test
    void money_shows_cents_only_when_there_are_some_and_a_dash_for_none() {
        assertThat(Money.text(new BigDecimal("340000.00"))).isEqualTo("$340,000");
        assertThat(Money.text(new BigDecimal("340000.5"))).isEqualTo("$340,000.50");
        assertThat(Money.text(null)).isEqualTo("—");
        assertThat(Money.range(new BigDecimal("280000"), new BigDecimal("340000"))).isEqualTo("$280,000 – $340,000");
        assertThat(Money.range(null, null)).isEqualTo("Not set");
    }

    @Test
    void fte_names_its_split_when_known() {
        assertThat(Fte.text(new BigDecimal("1.00"), new BigDecimal("0.50")))
                .isEqualTo("1.0 FTE (0.5 administrative, 0.5 clinical)");
        assertThat(Fte.text(new BigDecimal("0.5"), new BigDecimal("0.5"))).isEqualTo("0.5 FTE (administrative)");
        assertThat(Fte.text(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("1.0 FTE (clinical)");
        assertThat(Fte.text(new BigDecimal("0.75"), null)).isEqualTo("0.75 FTE");
        assertThat(Fte.text(null, null)).isEqualTo("—");
    }

    @Test
    void days_and_moments_read_the_same_everywhere() {
        assertThat(Dates.day(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
        assertThat(Dates.moment(LocalDate.of(2026, 12, 4).atTime(14, 5).atZone(ZoneId.systemDefault()).toInstant()))
                .isEqualTo("4 Dec 2026, 14:05");
        assertThat(Dates.day((LocalDate) null)).isEqualTo("—");
        assertThat(Dates.moment(null)).isEqualTo("—");
    }
}
