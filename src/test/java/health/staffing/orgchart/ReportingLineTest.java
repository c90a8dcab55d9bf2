package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingLineTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private final Organisation mgb = new Organisation("MGB", "Mass General Brigham", "Somerville", "MA");
    private final Position director = new Position("MGB-MD-PCQ", "Medical Director for Primary Care Quality", mgb, JAN);
    private final Position acmo = new Position("MGB-ACMO-PC", "Assistant CMO for Primary Care", mgb, JAN);
    private final Position cmo = new Position("MGB-CMO", "Chief Medical Officer", mgb, JAN);

    @Test
    void a_position_cannot_report_to_itself() {
        assertThatThrownBy(() -> ReportingLine.solid(director, director, JAN))
                .isInstanceOf(DomainException.class)
                .hasMessage("A position cannot report to itself.");
    }

    @Test
    void a_dotted_line_must_say_what_it_is_for() {
        assertThatThrownBy(() -> ReportingLine.dotted(director, acmo, "  ", JAN))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("quality oversight");
    }

    @Test
    void dotted_line_keeps_its_trimmed_label_and_kind() {
        ReportingLine line = ReportingLine.dotted(director, acmo, " population health ", JAN);

        assertThat(line.getKind()).isEqualTo(ReportingLineKind.DOTTED);
        assertThat(line.getLabel()).isEqualTo("population health");
    }

    @Test
    void a_line_holds_from_its_first_day_until_the_day_it_ends() {
        ReportingLine line = ReportingLine.solid(director, acmo, LocalDate.of(2026, 12, 1));
        line.endOn(LocalDate.of(2027, 3, 1));

        assertThat(line.isEffectiveOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(line.isEffectiveOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(line.isEffectiveOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(line.isEffectiveOn(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void a_line_cannot_end_on_or_before_its_first_day() {
        ReportingLine line = ReportingLine.solid(director, acmo, JAN);

        assertThatThrownBy(() -> line.endOn(JAN)).hasMessageContaining("after 2026-01-01");
    }

    @Test
    void a_change_from_a_day_ends_the_line_in_force_and_drops_later_plans() {
        ReportingLine inForce = ReportingLine.solid(director, acmo, JAN);
        ReportingLine planned = ReportingLine.solid(director, cmo, LocalDate.of(2026, 9, 1));
        List<ReportingLine> deleted = new ArrayList<>();

        DatedChanges.replaceFrom(List.of(inForce, planned), LocalDate.of(2026, 6, 1), deleted::add);

        assertThat(inForce.getEffectiveTo()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(deleted).containsExactly(planned);
    }
}
