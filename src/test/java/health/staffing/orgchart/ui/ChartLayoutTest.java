package health.staffing.orgchart.ui;

import static health.staffing.orgchart.ui.ChartLayout.BOX_HEIGHT;
import static health.staffing.orgchart.ui.ChartLayout.BOX_WIDTH;
import static health.staffing.orgchart.ui.ChartLayout.H_GAP;
import static health.staffing.orgchart.ui.ChartLayout.MARGIN;
import static health.staffing.orgchart.ui.ChartLayout.V_GAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {

    @Test
    void the_style_sheet_draws_boxes_of_the_size_the_layout_places() throws Exception {
        String css;
        try (InputStream in = ChartLayoutTest.class.getResourceAsStream("/META-INF/resources/styles.css")) {
            css = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        String box = css.substring(css.indexOf(".chart-box {"), css.indexOf('}', css.indexOf(".chart-box {")));

        assertThat(box).contains("width: " + BOX_WIDTH + "px;").contains("height: " + BOX_HEIGHT + "px;");
    }

    @Test
    void a_single_box_sits_in_the_margin() {
        ChartLayout layout = ChartLayout.of(List.of(1L), id -> List.of());

        assertThat(layout.at(1)).isEqualTo(new ChartLayout.Point(MARGIN, MARGIN));
        assertThat(layout.width()).isEqualTo(BOX_WIDTH + 2 * MARGIN);
        assertThat(layout.height()).isEqualTo(BOX_HEIGHT + 2 * MARGIN);
    }

    @Test
    void a_parent_is_centred_over_its_children_one_level_down() {
        Map<Long, List<Long>> tree = Map.of(1L, List.of(2L, 3L, 4L));
        ChartLayout layout = ChartLayout.of(List.of(1L), id -> tree.getOrDefault(id, List.of()));

        int row = MARGIN + BOX_HEIGHT + V_GAP;
        assertThat(layout.at(2)).isEqualTo(new ChartLayout.Point(MARGIN, row));
        assertThat(layout.at(3).x()).isEqualTo(MARGIN + BOX_WIDTH + H_GAP);
        assertThat(layout.at(1).centreX()).isEqualTo(layout.at(3).centreX());
        assertThat(layout.width()).isEqualTo(3 * BOX_WIDTH + 2 * H_GAP + 2 * MARGIN);
    }

    @Test
    void subtrees_never_overlap() {
        Map<Long, List<Long>> tree = Map.of(1L, List.of(2L, 3L), 2L, List.of(4L, 5L, 6L), 3L, List.of(7L, 8L));
        ChartLayout layout = ChartLayout.of(List.of(1L), id -> tree.getOrDefault(id, List.of()));

        List<ChartLayout.Point> bottomRow = List.of(layout.at(4), layout.at(5), layout.at(6), layout.at(7), layout.at(8));
        for (int i = 1; i < bottomRow.size(); i++) {
            assertThat(bottomRow.get(i).x()).isGreaterThanOrEqualTo(bottomRow.get(i - 1).x() + BOX_WIDTH + H_GAP);
        }
        assertThat(layout.at(2).centreX()).isEqualTo(layout.at(5).centreX());
    }

    @Test
    void collapsed_boxes_hide_their_subtree_and_roots_stand_side_by_side() {
        ChartLayout layout = ChartLayout.of(List.of(1L, 9L), id -> List.of());

        assertThat(layout.contains(2)).isFalse();
        assertThat(layout.at(9).x()).isEqualTo(MARGIN + BOX_WIDTH + H_GAP);
        assertThat(layout.at(9).y()).isEqualTo(MARGIN);
    }

    @Test
    void many_unopened_reports_stack_in_a_column_instead_of_a_wide_row() {
        List<Long> practices = java.util.stream.LongStream.rangeClosed(10, 49).boxed().toList();
        Map<Long, List<Long>> tree = Map.of(1L, practices);
        ChartLayout layout = ChartLayout.of(List.of(1L), id -> tree.getOrDefault(id, List.of()));

        assertThat(layout.isStacked(1)).isTrue();
        assertThat(layout.at(10).x()).isEqualTo(MARGIN + ChartLayout.STACK_INDENT);
        assertThat(layout.at(11).y()).isEqualTo(layout.at(10).y() + BOX_HEIGHT + ChartLayout.STACK_GAP);
        assertThat(layout.width()).isEqualTo(BOX_WIDTH + ChartLayout.STACK_INDENT + 2 * MARGIN);
    }

    @Test
    void a_few_reports_or_open_ones_still_spread_in_a_row() {
        Map<Long, List<Long>> few = Map.of(1L, List.of(2L, 3L, 4L));
        assertThat(ChartLayout.of(List.of(1L), id -> few.getOrDefault(id, List.of())).isStacked(1)).isFalse();

        List<Long> many = java.util.stream.LongStream.rangeClosed(10, 20).boxed().toList();
        Map<Long, List<Long>> oneOpen = Map.of(1L, many, 10L, List.of(99L));
        assertThat(ChartLayout.of(List.of(1L), id -> oneOpen.getOrDefault(id, List.of())).isStacked(1)).isFalse();
    }
}
