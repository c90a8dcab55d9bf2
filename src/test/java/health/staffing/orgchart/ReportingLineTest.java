package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingLineTest {

    private final Organisation mgb = new Organisation("MGB", "Mass General Brigham", "Somerville", "MA");
    private final Position director = seat("MGB-MD-PCQ", "Medical Director for Primary Care Quality");
    private final Position acmo = seat("MGB-ACMO-PC", "Assistant Chief Medical Officer for Primary Care");

    private Position seat(String code, String title) {
        return new Position(code, title, mgb, null, null, null, BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void a_position_cannot_report_to_itself() {
        assertThatThrownBy(() -> ReportingLine.solid(director, director, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessage("A position cannot report to itself.");
    }

    @Test
    void a_dotted_line_must_say_what_it_is_for() {
        assertThatThrownBy(() -> ReportingLine.dotted(director, acmo, "  ", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("quality oversight");
    }

    @Test
    void dotted_line_keeps_its_trimmed_label_and_kind() {
        ReportingLine line = ReportingLine.dotted(director, acmo, " population health ", LocalDate.of(2026, 1, 1));

        assertThat(line.getKind()).isEqualTo(ReportingLineKind.DOTTED);
        assertThat(line.getLabel()).isEqualTo("population health");
    }

    @Test
    void a_line_is_effective_from_its_first_day_onwards() {
        ReportingLine line = ReportingLine.solid(director, acmo, LocalDate.of(2026, 12, 1));

        assertThat(line.isEffectiveOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(line.isEffectiveOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(line.isEffectiveOn(LocalDate.of(2030, 1, 1))).isTrue();
    }
}
