package health.staffing.orgchart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.orgchart.DottedLink;
import health.staffing.orgchart.PositionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgChartViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    /** CEO(1) → CMO(2) → ACMO(3) → MD quality(4); CEO → CFO(5); MD quality ┄ CFO; other org: top 9. */
    private final FakeSource source = new FakeSource()
            .add(1, "MGB", null).add(2, "MGB", 1L).add(3, "MGB", 2L).add(4, "MGB", 3L).add(5, "MGB", 1L)
            .add(9, "MPH", null)
            .dotted(4, 5, "budget");

    @Test
    void opening_shows_the_top_and_one_level_only() {
        OrgChartViewModel model = new OrgChartViewModel(source, DAY);

        model.open("MGB", DAY);

        assertThat(model.layout().points().keySet()).containsExactlyInAnyOrder(1L, 2L, 5L);
        assertThat(source.childQueries).containsExactly(1L);
    }

    @Test
    void expanding_loads_children_once_and_collapsing_hides_them() {
        OrgChartViewModel model = new OrgChartViewModel(source, DAY);
        model.open("MGB", DAY);

        model.toggle(2);
        model.toggle(2);
        model.toggle(2);

        assertThat(model.layout().contains(3)).isTrue();
        assertThat(source.childQueries).containsExactly(1L, 2L);
        model.toggle(2);
        assertThat(model.layout().contains(3)).isFalse();
    }

    @Test
    void focusing_opens_the_path_selects_and_highlights_it() {
        OrgChartViewModel model = new OrgChartViewModel(source, DAY);
        model.open("MGB", DAY);

        model.focus(4);

        assertThat(model.selected()).isEqualTo(4L);
        assertThat(model.layout().contains(4)).isTrue();
        assertThat(model.isOnPath(3)).isTrue();
        assertThat(model.isOnPath(1)).isTrue();
        assertThat(model.isOnPath(5)).isFalse();
    }

    @Test
    void focusing_a_position_of_another_organisation_switches_to_it() {
        OrgChartViewModel model = new OrgChartViewModel(source, DAY);
        model.open("MGB", DAY);

        model.focus(9);

        assertThat(model.organisationCode()).isEqualTo("MPH");
        assertThat(model.roots()).containsExactly(9L);
    }

    @Test
    void a_dotted_line_is_drawn_when_both_ends_show_and_noted_when_one_is_hidden() {
        OrgChartViewModel model = new OrgChartViewModel(source, DAY);
        model.open("MGB", DAY);
        model.focus(4);

        OrgChartViewModel.DottedLines shown = model.dottedLines(model.layout());
        assertThat(shown.drawn()).containsExactly(new DottedLink(4, 5, "budget"));

        model.toggle(3);
        OrgChartViewModel.DottedLines hidden = model.dottedLines(model.layout());
        assertThat(hidden.drawn()).isEmpty();
        assertThat(hidden.offScreen()).containsOnlyKeys(5L);
    }

    private static final class FakeSource implements ChartSource {

        private final Map<Long, PositionSummary> positions = new HashMap<>();
        private final Map<Long, Long> managers = new HashMap<>();
        private final List<DottedLink> dotted = new ArrayList<>();
        final List<Long> childQueries = new ArrayList<>();

        FakeSource add(long id, String organisation, Long manager) {
            positions.put(id, new PositionSummary(id, "P" + id, "Position " + id, organisation, organisation, null,
                    null, null, BigDecimal.ONE, BigDecimal.ONE, null, null, 0, false));
            if (manager != null) {
                managers.put(id, manager);
            }
            return this;
        }

        FakeSource dotted(long from, long to, String label) {
            dotted.add(new DottedLink(from, to, label));
            return this;
        }

        @Override
        public List<PositionSummary> tops(String organisationCode, LocalDate day) {
            return positions.values().stream()
                    .filter(p -> p.organisationCode().equals(organisationCode) && !managers.containsKey(p.id())).toList();
        }

        @Override
        public List<PositionSummary> children(long positionId, LocalDate day) {
            childQueries.add(positionId);
            return managers.entrySet().stream().filter(e -> e.getValue() == positionId)
                    .map(e -> positions.get(e.getKey())).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        }

        @Override
        public List<PositionSummary> pathToTop(long positionId, LocalDate day) {
            List<PositionSummary> path = new ArrayList<>();
            for (Long id = positionId; id != null; id = managers.get(id)) {
                path.add(positions.get(id));
            }
            return path;
        }

        @Override
        public List<DottedLink> dottedLinksTouching(Collection<Long> ids, LocalDate day) {
            return dotted.stream().filter(l -> ids.contains(l.fromId()) || ids.contains(l.toId())).toList();
        }
    }
}
