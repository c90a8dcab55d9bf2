package health.staffing.orgchart.ui;

import com.vaadin.flow.component.html.Div;
import health.staffing.base.ui.Markup;
import health.staffing.orgchart.DottedLink;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions.SeatRequisition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Draws the chart: boxes as absolutely placed elements over one SVG of lines. Solid lines run as
 * elbows from a manager to its reports; dotted lines are dashed curves with their label, so the
 * matrix stands out from the hierarchy. Built on the server, no client code of our own.
 */
class ChartCanvas extends Div {

    /** What the browser reports of the box or toggle a click or key press landed on (none: elsewhere). */
    static final String CODE = "event.target.closest('[data-code]')?.dataset.code";
    static final String ON_TOGGLE = "!!event.target.closest('.box-toggle')";
    static final String ACTIVATING_KEY =
            "(event.key === 'Enter' || event.key === ' ') && !!event.target.closest('[data-code]')";

    private final LongConsumer onSelect;
    private final LongConsumer onToggle;
    private final Div lines = new Div();
    /** The boxes drawn, by position code: a code the browser reports that is not drawn is ignored. */
    private final Map<String, Long> drawn = new HashMap<>();

    ChartCanvas(LongConsumer onSelect, LongConsumer onToggle) {
        this.onSelect = onSelect;
        this.onToggle = onToggle;
        addClassName("chart-canvas");
        setId("chart-canvas");
        lines.addClassName("chart-lines");
        // Two listeners for all boxes and toggles instead of two per box (each costs every open chart memory,
        // issue 17). Boxes and toggles act like buttons: a click, Enter or Space.
        getElement().addEventListener("click", event -> activated(event.getEventData()))
                .addEventData(CODE).addEventData(ON_TOGGLE);
        getElement().addEventListener("keydown", event -> activated(event.getEventData()))
                .addEventData(CODE).addEventData(ON_TOGGLE)
                .setFilter(ACTIVATING_KEY)
                .preventDefault();
    }

    private void activated(JsonNode event) {
        Long id = drawn.get(event.path(CODE).asString(""));
        if (id == null) {
            return;
        }
        if (event.path(ON_TOGGLE).asBoolean(false)) {
            onToggle.accept(id);
        } else {
            onSelect.accept(id);
        }
    }

    /** @param requisitions open requisitions by position code, badged on their vacant seats */
    void render(OrgChartViewModel model, Map<String, SeatRequisition> requisitions) {
        removeAll();
        drawn.clear();
        ChartLayout layout = model.layout();
        OrgChartViewModel.DottedLines dotted = model.dottedLines(layout);
        setWidth(layout.width() + "px");
        setHeight(layout.height() + "px");
        lines.getElement().setProperty("innerHTML", svg(model, layout, dotted.drawn(), model.dyads(layout)));
        add(lines);
        layout.points().forEach((id, point) -> {
            PositionSummary node = model.node(id);
            drawn.put(node.code(), id);
            add(box(model, node, point, dotted.offScreen().getOrDefault(id, List.of()), requisitions.get(node.code())));
            if (node.directReports() > 0) {
                add(toggle(model, node, point));
            }
        });
    }

    /**
     * A box is one element whose content is markup (every text escaped) rather than a span per line: a
     * chart shows dozens of boxes in every signed-in session, and each element costs the server memory
     * for as long as the page is open (issue 17).
     */
    private Div box(OrgChartViewModel model, PositionSummary node, ChartLayout.Point point, List<DottedLink> offScreen,
            @Nullable SeatRequisition requisition) {
        StringBuilder markup = new StringBuilder();
        span(markup, "box-title", node.title(), null);
        if (node.vacant()) {
            span(markup, "box-person vacant-badge", "VACANT", null);
        } else {
            span(markup, "box-person", Objects.requireNonNullElse(node.incumbentName(), ""), null);
        }
        String organisation = Objects.requireNonNullElse(node.organisationName(), node.organisationCode());
        String department = node.department();
        span(markup, "box-meta", department == null ? organisation : department + " · " + organisation, null);
        markup.append("<div class='box-flags'>");
        if (requisition != null && node.vacant()) {
            span(markup, "box-flag requisition", "Open requisition",
                    "Requisition " + requisition.reference() + " · " + requisition.status());
        }
        if (node.retirementRisk()) {
            span(markup, "box-flag risk", "Retirement risk", null);
        }
        for (DottedLink link : offScreen) {
            span(markup, "box-flag dotted", "┄ " + link.label(),
                    "Dotted line (" + link.label() + ") to a position not shown");
        }
        markup.append("</div>");
        Div box = new Div();
        box.getElement().setProperty("innerHTML", markup.toString());
        box.addClassName("chart-box");
        box.addClassName(node.vacant() ? "vacant" : "filled");
        if (model.isOnPath(node.id())) {
            box.addClassName("on-path");
        }
        if (Long.valueOf(node.id()).equals(model.selected())) {
            box.addClassName("selected");
            box.setId("selected-box");
        }
        box.getElement().setAttribute("data-code", node.code());
        box.getElement().setAttribute("role", "button");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("aria-label", node.title() + ", "
                + (node.vacant() ? "vacant" : node.incumbentName())
                + (requisition != null && node.vacant() ? ", open requisition" : "") + ". Show details.");
        place(box, point.x(), point.y());
        return box;
    }

    private Div toggle(OrgChartViewModel model, PositionSummary node, ChartLayout.Point point) {
        boolean open = model.isExpanded(node.id());
        Div toggle = new Div();
        toggle.getElement().setProperty("innerHTML", "<span>" + (open ? "−" : "+") + "</span><span>"
                + node.directReports() + "</span>");
        toggle.addClassName("box-toggle");
        toggle.addClassName(open ? "open" : "closed");
        toggle.getElement().setAttribute("data-code", node.code());
        toggle.getElement().setAttribute("role", "button");
        toggle.getElement().setAttribute("tabindex", "0");
        toggle.getElement().setAttribute("aria-label", (open ? "Hide the " : "Show the ") + node.directReports()
                + " reports of " + node.title());
        place(toggle, point.centreX() - 26, point.bottom() - 12);
        return toggle;
    }

    private static void span(StringBuilder markup, String classes, String text, @Nullable String tooltip) {
        markup.append("<span class='").append(classes).append('\'');
        if (tooltip != null) {
            markup.append(" title='").append(Markup.escape(tooltip)).append('\'');
        }
        markup.append('>').append(Markup.escape(text)).append("</span>");
    }

    private static void place(Div element, int x, int y) {
        element.getStyle().set("left", x + "px").set("top", y + "px");
    }

    /** The lines under the boxes, as SVG markup; every text is escaped. */
    static String svg(OrgChartViewModel model, ChartLayout layout, List<DottedLink> dotted, List<DottedLink> dyads) {
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(layout.width())
                .append("' height='").append(layout.height()).append("' aria-hidden='true'>")
                .append("<defs><marker id='dot-arrow' viewBox='0 0 10 10' refX='9' refY='5' markerWidth='7' ")
                .append("markerHeight='7' orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z' class='arrow'/>")
                .append("</marker></defs>");
        for (Map.Entry<Long, ChartLayout.Point> entry : layout.points().entrySet()) {
            ChartLayout.Point parent = entry.getValue();
            if (layout.isStacked(entry.getKey())) {
                int spineX = parent.x() + ChartLayout.STACK_INDENT / 2;
                for (Long childId : model.visibleChildren(entry.getKey())) {
                    ChartLayout.Point child = layout.at(childId);
                    int midY = child.y() + ChartLayout.BOX_HEIGHT / 2;
                    boolean onPath = model.isOnPath(entry.getKey()) && model.isOnPath(childId);
                    svg.append("<path class='solid").append(onPath ? " on-path" : "").append("' d='M").append(spineX)
                            .append(',').append(parent.bottom()).append(" V").append(midY).append(" H").append(child.x())
                            .append("'/>");
                }
                continue;
            }
            for (Long childId : model.visibleChildren(entry.getKey())) {
                ChartLayout.Point child = layout.at(childId);
                int midY = parent.bottom() + ChartLayout.V_GAP / 2;
                boolean onPath = model.isOnPath(entry.getKey()) && model.isOnPath(childId);
                svg.append("<path class='solid").append(onPath ? " on-path" : "").append("' d='M")
                        .append(parent.centreX()).append(',').append(parent.bottom()).append(" V").append(midY)
                        .append(" H").append(child.centreX()).append(" V").append(child.y()).append("'/>");
            }
        }
        for (DottedLink link : dotted) {
            ChartLayout.Point from = layout.at(link.fromId());
            ChartLayout.Point to = layout.at(link.toId());
            boolean rightwards = to.x() > from.x();
            int x1 = rightwards ? from.x() + ChartLayout.BOX_WIDTH : from.x();
            int x2 = rightwards ? to.x() : to.x() + ChartLayout.BOX_WIDTH;
            int y1 = from.y() + ChartLayout.BOX_HEIGHT / 2;
            int y2 = to.y() + ChartLayout.BOX_HEIGHT / 2;
            if (from.x() == to.x()) {
                x1 = from.x() + ChartLayout.BOX_WIDTH;
                x2 = to.x() + ChartLayout.BOX_WIDTH;
            }
            int bend = Math.max(60, Math.abs(x2 - x1) / 3);
            int c1 = rightwards || from.x() == to.x() ? x1 + bend : x1 - bend;
            int c2 = rightwards ? x2 - bend : x2 + bend;
            svg.append("<path class='dotted' data-from='").append(Markup.escape(model.node(link.fromId()).code()))
                    .append("' data-to='").append(Markup.escape(model.node(link.toId()).code())).append("' marker-end='url(#dot-arrow)' d='M").append(x1).append(',').append(y1)
                    .append(" C").append(c1).append(',').append(y1).append(' ').append(c2).append(',').append(y2)
                    .append(' ').append(x2).append(',').append(y2).append("'/>");
            svg.append("<text class='dotted-label' text-anchor='middle' x='").append((x1 + x2) / 2).append("' y='")
                    .append((y1 + y2) / 2 - 6).append("'>").append(Markup.escape(link.label())).append("</text>");
        }
        for (DottedLink dyad : dyads) {
            dyad(svg, model, layout, dyad);
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A dyad: two peers joined side to side by a double line without an arrow (neither reports to the
     * other). Peers usually sit side by side, where no label fits: the legend names the line and the
     * detail panel the dyad. Elsewhere the line bends between rows.
     */
    private static void dyad(StringBuilder svg, OrgChartViewModel model, ChartLayout layout, DottedLink link) {
        ChartLayout.Point a = layout.at(link.fromId());
        ChartLayout.Point b = layout.at(link.toId());
        ChartLayout.Point left = a.x() <= b.x() ? a : b;
        ChartLayout.Point right = left == a ? b : a;
        int x1 = left.x() + ChartLayout.BOX_WIDTH;
        int x2 = right.x();
        int y1 = left.y() + ChartLayout.BOX_HEIGHT / 2;
        int y2 = right.y() + ChartLayout.BOX_HEIGHT / 2;
        if (x2 <= x1) { // stacked in one column: join the right-hand sides
            x2 = right.x() + ChartLayout.BOX_WIDTH;
        }
        String d = "M" + x1 + ',' + y1 + " C" + (x1 + 40) + ',' + y1 + ' ' + (x2 - 40) + ',' + y2 + ' ' + x2 + ',' + y2;
        svg.append("<path class='dyad' data-from='").append(Markup.escape(model.node(link.fromId()).code()))
                .append("' data-to='").append(Markup.escape(model.node(link.toId()).code())).append("' d='").append(d)
                .append("'/><path class='dyad-core' d='").append(d).append("'/>");
    }
}
