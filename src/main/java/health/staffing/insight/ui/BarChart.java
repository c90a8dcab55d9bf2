package health.staffing.insight.ui;

import com.vaadin.flow.component.html.Div;
import health.staffing.base.ui.Markup;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Charts drawn on the server as SVG (decision 12): no chart library, nothing to build with Node, the same
 * in the offline jar, sharp in print. A chart is a picture of the table beside it, which is its text
 * alternative; the SVG carries a short spoken summary and each bar its value as a tooltip.
 */
final class BarChart {

    /** One bar: its label, its length and the text shown at its end. */
    record Bar(String label, double value, String shown) {
    }

    private static final int WIDTH = 600;
    private static final int LABEL_WIDTH = 200;
    private static final int VALUE_WIDTH = 90;
    private static final int ROW = 26;
    private static final int MAX_LABEL = 22;

    private BarChart() {
    }

    /** Horizontal bars, one per row, longest value full width. */
    static Div horizontal(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 4;
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = open(title, bars, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            double length = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, bar.value() / max * room);
            svg.append("<g><title>").append(Markup.escape(bar.label() + ": " + bar.shown())).append("</title>")
                    .append("<text class='bar-label' x='").append(LABEL_WIDTH - 8).append("' y='").append(y + 17)
                    .append("' text-anchor='end'>").append(Markup.escape(shorten(bar.label()))).append("</text>")
                    .append("<rect class='bar' x='").append(LABEL_WIDTH).append("' y='").append(y + 4)
                    .append("' width='").append(format(length)).append("' height='").append(ROW - 8)
                    .append("' rx='3'/>")
                    .append("<text class='bar-value' x='").append(format(LABEL_WIDTH + length + 6)).append("' y='")
                    .append(y + 17).append("'>").append(Markup.escape(bar.shown())).append("</text></g>");
        }
        return close(svg);
    }

    /** Vertical columns left to right (months), labels underneath. */
    static Div columns(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = 200;
        int plot = height - 44;
        double slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
        double width = Math.min(48, slot * 0.7);
        // Many months: every n-th label, and values only in the table, so nothing overlaps.
        int labelEvery = (int) Math.ceil(bars.size() / 13.0);
        boolean values = bars.size() <= 18;
        StringBuilder svg = open(title, bars, height);
        svg.append("<line class='axis' x1='0' x2='").append(WIDTH).append("' y1='").append(plot + 16).append("' y2='")
                .append(plot + 16).append("'/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = max <= 0 ? 0 : bar.value() / max * (plot - 8);
            double x = i * slot + (slot - width) / 2;
            double top = plot + 16 - length;
            svg.append("<g><title>").append(Markup.escape(bar.label() + ": " + bar.shown())).append("</title>")
                    .append("<rect class='bar' x='").append(format(x)).append("' y='").append(format(top))
                    .append("' width='").append(format(width)).append("' height='").append(format(length))
                    .append("' rx='3'/>");
            if (values) {
                svg.append("<text class='bar-value' text-anchor='middle' x='").append(format(x + width / 2))
                        .append("' y='").append(format(top - 4)).append("'>").append(Markup.escape(bar.shown())).append("</text>");
            }
            if (i % labelEvery == 0) {
                svg.append("<text class='bar-label' text-anchor='middle' x='").append(format(x + width / 2))
                        .append("' y='").append(plot + 34).append("'>").append(Markup.escape(bar.label())).append("</text>");
            }
            svg.append("</g>");
        }
        return close(svg);
    }

    private static StringBuilder open(String title, List<Bar> bars, int height) {
        String summary = title + ": " + (bars.isEmpty() ? "nothing to show"
                : bars.stream().map(bar -> bar.label() + " " + bar.shown()).collect(Collectors.joining(", ")));
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(height).append("' preserveAspectRatio='xMinYMin meet' aria-label='")
                .append(Markup.escape(summary)).append("'>");
    }

    private static Div close(StringBuilder svg) {
        Div chart = new Div();
        chart.addClassName("bar-chart");
        chart.getElement().setProperty("innerHTML", svg.append("</svg>").toString());
        return chart;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
