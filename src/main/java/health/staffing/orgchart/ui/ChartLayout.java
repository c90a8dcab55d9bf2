package health.staffing.orgchart.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Places the visible boxes of the chart: each subtree gets the width it needs, a parent sits
 * centred above its children, roots stand side by side. Pure arithmetic on ids, so it is tested
 * without a browser and costs microseconds for the few hundred boxes a screen shows.
 */
final class ChartLayout {

    /** The size of a box; styles.css's {@code .chart-box} says the same. */
    static final int BOX_WIDTH = 236;
    /** Room for a two-line title, the person (or VACANT), the department and a row of flags. */
    static final int BOX_HEIGHT = 112;
    static final int H_GAP = 28;
    static final int V_GAP = 64;
    static final int MARGIN = 32;
    /** More reports than this, none of them open, are stacked in a column instead of a wide row. */
    static final int STACK_OVER = 6;
    static final int STACK_INDENT = 28;
    static final int STACK_GAP = 24;

    /** Top-left corner of a box. */
    record Point(int x, int y) {

        int centreX() {
            return x + BOX_WIDTH / 2;
        }

        int bottom() {
            return y + BOX_HEIGHT;
        }
    }

    private final Map<Long, Point> points = new LinkedHashMap<>();
    private final Map<Long, Integer> widths = new HashMap<>();
    private final Set<Long> stacked = new HashSet<>();
    private int width;
    private int height;

    private ChartLayout() {
    }

    /**
     * @param roots    the boxes at the top, left to right
     * @param children the visible children of a box (empty when collapsed), left to right
     */
    static ChartLayout of(List<Long> roots, Function<Long, List<Long>> children) {
        ChartLayout layout = new ChartLayout();
        int x = MARGIN;
        for (Long root : roots) {
            int subtree = layout.measure(root, children);
            layout.place(root, x, MARGIN, children);
            x += subtree + H_GAP;
        }
        layout.width = Math.max(x - H_GAP + MARGIN, BOX_WIDTH + 2 * MARGIN);
        layout.height = layout.points.values().stream().mapToInt(Point::bottom).max().orElse(0) + MARGIN;
        return layout;
    }

    private int measure(Long id, Function<Long, List<Long>> children) {
        List<Long> kids = children.apply(id);
        if (kids.size() > STACK_OVER && kids.stream().allMatch(kid -> children.apply(kid).isEmpty())) {
            stacked.add(id);
            kids.forEach(kid -> widths.put(kid, BOX_WIDTH));
            widths.put(id, BOX_WIDTH + STACK_INDENT);
            return BOX_WIDTH + STACK_INDENT;
        }
        int total = kids.isEmpty() ? BOX_WIDTH
                : kids.stream().mapToInt(kid -> measure(kid, children)).sum() + H_GAP * (kids.size() - 1);
        int subtree = Math.max(BOX_WIDTH, total);
        widths.put(id, subtree);
        return subtree;
    }

    private void place(Long id, int left, int top, Function<Long, List<Long>> children) {
        int subtree = widthOf(id);
        List<Long> kids = children.apply(id);
        if (stacked.contains(id)) {
            points.put(id, new Point(left, top));
            int y = top + BOX_HEIGHT + V_GAP / 2;
            for (Long kid : kids) {
                points.put(kid, new Point(left + STACK_INDENT, y));
                y += BOX_HEIGHT + STACK_GAP;
            }
            return;
        }
        points.put(id, new Point(left + (subtree - BOX_WIDTH) / 2, top));
        int kidsWidth = kids.stream().mapToInt(this::widthOf).sum() + H_GAP * Math.max(0, kids.size() - 1);
        int x = left + (subtree - kidsWidth) / 2;
        for (Long kid : kids) {
            place(kid, x, top + BOX_HEIGHT + V_GAP, children);
            x += widthOf(kid) + H_GAP;
        }
    }

    /** The reports of this box stand in a column below it, joined by a spine on the left. */
    boolean isStacked(long id) {
        return stacked.contains(id);
    }

    Point at(long id) {
        return Objects.requireNonNull(points.get(id), "a box that was laid out");
    }

    /** A subtree's width, measured before anything is placed. */
    private int widthOf(Long id) {
        return Objects.requireNonNull(widths.get(id), "a measured subtree");
    }

    boolean contains(long id) {
        return points.containsKey(id);
    }

    Map<Long, Point> points() {
        return points;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
