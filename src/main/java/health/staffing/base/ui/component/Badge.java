package health.staffing.base.ui.component;

import com.vaadin.flow.component.html.Span;

/** A small pill label (a role, a status). Styled in styles.css. */
public class Badge extends Span {

    public Badge(String text) {
        super(text);
        addClassName("badge");
    }

    public Badge(String text, String tone) {
        this(text);
        addClassName("badge-" + tone);
    }
}
