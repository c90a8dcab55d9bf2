package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A headline figure: the number large, what it is underneath, a link to its records when it has them. */
final class Kpi {

    private Kpi() {
    }

    static Component of(String id, String value, String label, @Nullable String detail, @Nullable String address) {
        Span number = new Span(value);
        number.addClassName("kpi-value");
        Span caption = new Span(label);
        caption.addClassName("kpi-label");
        Div tile = new Div(number, caption);
        if (detail != null) {
            Span more = new Span(detail);
            more.addClassName("kpi-detail");
            tile.add(more);
        }
        tile.addClassName("kpi");
        tile.setId("kpi-" + id);
        if (address == null) {
            return tile;
        }
        Anchor link = new Anchor(address, tile);
        link.addClassName("kpi-link");
        return link;
    }
}
