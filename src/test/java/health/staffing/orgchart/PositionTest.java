package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PositionTest {

    private final Organisation mgb = new Organisation("MGB", "Mass General Brigham", "Somerville", "MA");

    private Position position(String fte, String adminFte) {
        return new Position("MGB-MD-PCQ", "Medical Director for Primary Care Quality", mgb, "Primary Care",
                "Somerville", "MA", new BigDecimal(fte), new BigDecimal(adminFte));
    }

    @Test
    void half_administrative_half_clinical_split_is_accepted() {
        Position position = position("1.00", "0.50");

        assertThat(position.getFte()).isEqualByComparingTo("1.0");
        assertThat(position.getAdminFte()).isEqualByComparingTo("0.5");
        assertThat(position.isVacant()).isTrue();
        assertThat(position.getLocation()).isEqualTo("Somerville, MA");
    }

    @Test
    void administrative_fte_above_total_is_refused() {
        assertThatThrownBy(() -> position("0.80", "0.90"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("between 0 and the total FTE (0.80)");
    }

    @Test
    void zero_or_more_than_one_fte_is_refused() {
        assertThatThrownBy(() -> position("0.00", "0.00")).hasMessageContaining("more than 0 and at most 1.0");
        assertThatThrownBy(() -> position("1.10", "0.50")).hasMessageContaining("more than 0 and at most 1.0");
    }

    @Test
    void negative_administrative_fte_is_refused() {
        assertThatThrownBy(() -> position("1.00", "-0.10")).isInstanceOf(DomainException.class);
    }

    @Test
    void a_position_needs_a_title_and_a_code() {
        assertThatThrownBy(() -> new Position(" ", "Title", mgb, null, null, null, BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessage("A position needs a code.");
        assertThatThrownBy(() -> new Position("X", "", mgb, null, null, null, BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessage("A position needs a title.");
    }

    @Test
    void assigning_an_incumbent_fills_the_seat() {
        Position position = position("1.00", "0.50");

        position.assignIncumbent(42L);

        assertThat(position.isVacant()).isFalse();
        assertThat(position.getIncumbentEmployeeId()).isEqualTo(42L);
    }
}
