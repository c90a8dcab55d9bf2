package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private final Organisation mgb = new Organisation("MGB", "Mass General Brigham", "Somerville", "MA");

    private Position position(String fte, String adminFte) {
        Position position = new Position("MGB-MD-PCQ", "Medical Director for Primary Care Quality", mgb, START);
        position.describe("Medical Director for Primary Care Quality", "Primary Care", "Somerville", "ma",
                new BigDecimal(fte), new BigDecimal(adminFte));
        return position;
    }

    @Test
    void half_administrative_half_clinical_split_is_accepted() {
        Position position = position("1.00", "0.50");

        assertThat(position.getFte()).isEqualByComparingTo("1.0");
        assertThat(position.getAdminFte()).isEqualByComparingTo("0.5");
        assertThat(position.getLocationState()).isEqualTo("MA");
    }

    @Test
    void a_refused_edit_changes_nothing_on_the_seat() {
        Position position = position("1.00", "0.50");

        assertThatThrownBy(() -> position.describe("Renamed", "Renamed department", "Renamed city", "<script>",
                BigDecimal.ONE, new BigDecimal("0.50"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> position.describe("Renamed", null, null, "MA", new BigDecimal("0.333"),
                BigDecimal.ZERO)).isInstanceOf(DomainException.class);

        assertThat(position.getTitle()).isEqualTo("Medical Director for Primary Care Quality");
        assertThat(position.getDepartment()).isEqualTo("Primary Care");
        assertThat(position.getLocationState()).isEqualTo("MA");
        assertThat(position.getFte()).isEqualByComparingTo("1.00");
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
    void a_position_needs_a_title_a_code_and_a_real_state() {
        assertThatThrownBy(() -> new Position(" ", "Title", mgb, START)).hasMessage("A position needs a code.");
        assertThatThrownBy(() -> new Position("X", "", mgb, START)).hasMessage("A position needs a title.");
        Position position = position("1.00", "0.50");
        assertThatThrownBy(() -> position.describe("Title", null, "Boston", "Mass", BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("two-letter code");
    }

    @Test
    void a_retired_position_is_active_only_before_its_retirement_day() {
        Position position = position("1.00", "0.50");

        position.retire(LocalDate.of(2026, 6, 1));

        assertThat(position.isActiveOn(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(position.isActiveOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(position.isActiveOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThatThrownBy(() -> position.retire(LocalDate.of(2026, 7, 1))).hasMessageContaining("already retired");
    }

    @Test
    void a_position_cannot_retire_on_or_before_its_first_day() {
        assertThatThrownBy(() -> position("1.00", "0.50").retire(START)).hasMessageContaining("after the day it starts");
    }

    @Test
    void succession_plan_replaces_the_previous_one() {
        Position position = position("1.00", "0.50");
        position.planSuccession(true, "CMO retires 2027", List.of(
                new SuccessionCandidate(7L, SuccessionCandidate.Readiness.READY_NOW)));

        position.planSuccession(false, " ", List.of());

        assertThat(position.isRetirementRisk()).isFalse();
        assertThat(position.getSuccessionNote()).isNull();
        assertThat(position.getSuccessors()).isEmpty();
    }
}
