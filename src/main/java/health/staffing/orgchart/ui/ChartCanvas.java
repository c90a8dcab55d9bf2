package health.staffing.orgchart.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import health.staffing.orgchart.DottedLink;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions.SeatRequisition;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Draws the chart: boxes as absolutely placed elements over one SVG of lines. Solid lines run as
 * elbows from a manager to its reports; dotted lines are dashed curves with their label, so the
 * matrix stands out from the hierarchy. Built on the server, no client code of our own.
 */
class ChartCanvas extends Div {

    private final LongConsumer onSelect;
    private final LongConsumer onToggle;
    private final Div lines = new Div();

    ChartCanvas(LongConsumer onSelect, LongConsumer onToggle) {
        this.onSelect = onSelect;
        this.onToggle = onToggle;
        addClassName("chart-canvas");
        setId("chart-canvas");
        lines.addClassName("chart-lines");
    }

    /** @param requisitions open requisitions by position code, badged on their vacant seats */
    void render(OrgChartViewModel model, Map<String, SeatRequisition> requisitions) {
        removeAll();
        ChartLayout layout = model.layout();
        OrgChartViewModel.DottedLines dotted = model.dottedLines(layout);
        setWidth(layout.width() + "px");
        setHeight(layout.height() + "px");
        lines.getElement().setProperty("innerHTML", svg(model, layout, dotted.drawn(), model.dyads(layout)));
        add(lines);
        layout.points().forEach((id, point) -> {
            PositionSummary node = model.node(id);
            add(box(model, node, point, dotted.offScreen().getOrDefault(id, List.of()), requisitions.get(node.code())));
            if (node.directReports() > 0) {
                add(toggle(model, node, point));
            }
        });
    }

    private Div box(OrgChartViewModel model, PositionSummary node, ChartLayout.Point point, List<DottedLink> offScreen,
            @Nullable SeatRequisition requisition) {
        Span title = new Span(node.title());
        title.addClassName("box-title");
        Span person = node.vacant() ? vacantBadge() : new Span(node.incumbentName());
        person.addClassName("box-person");
        Span meta = new Span(node.department() == null ? node.organisationName()
                : node.department() + " · " + node.organisationName());
        meta.addClassName("box-meta");
        Div flags = new Div();
        flags.addClassName("box-flags");
        if (requisition != null && node.vacant()) {
            Span open = flag("Open requisition", "requisition");
            open.getElement().setAttribute("title", "Requisition " + requisition.reference() + " · " + requisition.status());
            flags.add(open);
        }
        if (node.retirementRisk()) {
            flags.add(flag("Retirement risk", "risk"));
        }
        for (DottedLink link : offScreen) {
            Span chip = flag("┄ " + link.label(), "dotted");
            chip.getElement().setAttribute("title", "Dotted line (" + link.label() + ") to a position not shown");
            flags.add(chip);
        }
        Div box = new Div(title, person, meta, flags);
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
        box.addClickListener(click -> onSelect.accept(node.id()));
        onKeyboardActivation(box, () -> onSelect.accept(node.id()));
        return box;
    }

    private Div toggle(OrgChartViewModel model, PositionSummary node, ChartLayout.Point point) {
        boolean open = model.isExpanded(node.id());
        Div toggle = new Div(new Span(open ? "−" : "+"), new Span(String.valueOf(node.directReports())));
        toggle.addClassName("box-toggle");
        toggle.addClassName(open ? "open" : "closed");
        toggle.getElement().setAttribute("data-code", node.code());
        toggle.getElement().setAttribute("role", "button");
        toggle.getElement().setAttribute("tabindex", "0");
        toggle.getElement().setAttribute("aria-label", (open ? "Hide the " : "Show the ") + node.directReports()
                + " reports of " + node.title());
        place(toggle, point.centreX() - 26, point.bottom() - 12);
        toggle.addClickListener(click -> onToggle.accept(node.id()));
        onKeyboardActivation(toggle, () -> onToggle.accept(node.id()));
        return toggle;
    }

    /** Boxes and toggles act like buttons: Enter or Space does what a click does. */
    private static void onKeyboardActivation(Div element, Runnable action) {
        element.getElement().addEventListener("keydown", event -> action.run())
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
    }

    private static Span vacantBadge() {
        Span badge = new Span("VACANT");
        badge.addClassName("vacant-badge");
        return badge;
    }

    private static Span flag(String text, String tone) {
        Span flag = new Span(text);
        flag.addClassNames("box-flag", tone);
        return flag;
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
            svg.append("<path class='dotted' data-from='").append(escape(model.node(link.fromId()).code()))
                    .append("' data-to='").append(escape(model.node(link.toId()).code())).append("' marker-end='url(#dot-arrow)' d='M").append(x1).append(',').append(y1)
                    .append(" C").append(c1).append(',').append(y1).append(' ').append(c2).append(',').append(y2)
                    .append(' ').append(x2).append(',').append(y2).append("'/>");
            svg.append("<text class='dotted-label' text-anchor='middle' x='").append((x1 + x2) / 2).append("' y='")
                    .append((y1 + y2) / 2 - 6).append("'>").append(escape(link.label())).append("</text>");
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
        svg.append("<path class='dyad' data-from='").append(escape(model.node(link.fromId()).code()))
                .append("' data-to='").append(escape(model.node(link.toId()).code())).append("' d='").append(d)
                .append("'/><path class='dyad-core' d='").append(d).append("'/>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
