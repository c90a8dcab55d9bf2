package health.staffing.orgchart.ui;

import health.staffing.orgchart.DottedLink;
import health.staffing.orgchart.PositionSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the chart shows: one organisation as of one day, which boxes are expanded, which one is
 * selected and its path to the top. Children are loaded the first time a box is expanded, so a
 * 20,000-position organisation opens with its top and one level below.
 */
final class OrgChartViewModel {

    /** The dotted lines of the visible boxes: drawn when both ends are shown, else noted on the box. */
    record DottedLines(List<DottedLink> drawn, Map<Long, List<DottedLink>> offScreen) {
    }

    private final ChartSource source;
    private final Map<Long, PositionSummary> nodes = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Set<Long> expanded = new HashSet<>();
    private final List<Long> roots = new ArrayList<>();
    private Set<Long> path = Set.of();
    private @Nullable String organisationCode;
    private LocalDate day;
    private @Nullable Long selected;

    /** {@code today}: the day shown until a chart is opened. */
    OrgChartViewModel(ChartSource source, LocalDate today) {
        this.source = source;
        this.day = today;
    }

    /** Shows the organisation's top with its direct reports. */
    void open(String organisation, LocalDate asOf) {
        organisationCode = organisation;
        day = asOf;
        nodes.clear();
        children.clear();
        expanded.clear();
        roots.clear();
        path = Set.of();
        selected = null;
        for (PositionSummary top : source.tops(organisation, asOf)) {
            nodes.put(top.id(), top);
            roots.add(top.id());
            expand(top.id());
        }
    }

    void toggle(long id) {
        if (expanded.contains(id)) {
            expanded.remove(id);
        } else {
            expand(id);
        }
    }

    void expand(long id) {
        children.computeIfAbsent(id, parent -> {
            List<PositionSummary> loaded = source.children(parent, day);
            loaded.forEach(child -> nodes.put(child.id(), child));
            return loaded.stream().map(PositionSummary::id).toList();
        });
        expanded.add(id);
    }

    /**
     * Selects a position and highlights its path to the top, opening every box on the way. A
     * position of another organisation switches the chart to that organisation.
     */
    void focus(long id) {
        List<PositionSummary> pathToTop = source.pathToTop(id, day);
        if (pathToTop.isEmpty()) {
            return;
        }
        String organisation = pathToTop.getLast().organisationCode();
        if (!Objects.equals(organisation, organisationCode)) {
            open(organisation, day);
        }
        for (int i = pathToTop.size() - 1; i >= 1; i--) {
            expand(pathToTop.get(i).id());
        }
        pathToTop.forEach(p -> nodes.putIfAbsent(p.id(), p));
        selected = id;
        path = new LinkedHashSet<>(pathToTop.stream().map(PositionSummary::id).toList());
    }

    void clearSelection() {
        selected = null;
        path = Set.of();
    }

    List<Long> visibleChildren(long id) {
        return expanded.contains(id) ? children.getOrDefault(id, List.of()) : List.of();
    }

    ChartLayout layout() {
        return ChartLayout.of(roots, this::visibleChildren);
    }

    DottedLines dottedLines(ChartLayout layout) {
        Set<Long> shown = layout.points().keySet();
        if (shown.isEmpty()) {
            return new DottedLines(List.of(), Map.of());
        }
        List<DottedLink> drawn = new ArrayList<>();
        Map<Long, List<DottedLink>> offScreen = new HashMap<>();
        for (DottedLink link : source.dottedLinksTouching(shown, day)) {
            boolean from = shown.contains(link.fromId());
            boolean to = shown.contains(link.toId());
            if (from && to) {
                drawn.add(link);
            } else {
                offScreen.computeIfAbsent(from ? link.fromId() : link.toId(), k -> new ArrayList<>()).add(link);
            }
        }
        return new DottedLines(drawn, offScreen);
    }

    /** The dyads whose two seats are both on screen: drawn between the boxes, without an arrow. */
    List<DottedLink> dyads(ChartLayout layout) {
        Set<Long> shown = layout.points().keySet();
        return shown.isEmpty() ? List.of() : source.dyadLinksTouching(shown, day).stream()
                .filter(link -> shown.contains(link.fromId()) && shown.contains(link.toId())).toList();
    }

    PositionSummary node(long id) {
        return Objects.requireNonNull(nodes.get(id), "a node on the chart");
    }

    boolean isExpanded(long id) {
        return expanded.contains(id);
    }

    boolean isOnPath(long id) {
        return path.contains(id);
    }

    @Nullable Long selected() {
        return selected;
    }

    @Nullable String organisationCode() {
        return organisationCode;
    }

    LocalDate day() {
        return day;
    }

    List<Long> roots() {
        return List.copyOf(roots);
    }
}
