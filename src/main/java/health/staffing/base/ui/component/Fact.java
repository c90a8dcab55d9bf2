package health.staffing.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A label and its value on a detail screen ("Start date  4 Dec 2026"); a blank value reads "—". */
public class Fact extends Div {

    public Fact(String label, @Nullable String value) {
        this(label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    public Fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        value.addClassName("fact-value");
        add(caption, value);
        addClassName("fact");
    }
}
