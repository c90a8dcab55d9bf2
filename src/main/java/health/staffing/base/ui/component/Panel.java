package health.staffing.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** A bordered block of a detail screen, optionally with a heading: the one look of "a section". */
public class Panel extends Div {

    public Panel(Component... content) {
        add(content);
        addClassName("panel");
    }

    public static Panel titled(String title, Component... content) {
        Panel panel = new Panel(new H3(title));
        panel.add(content);
        return panel;
    }

    /** A heading, a line that says what the block is for, then the content. */
    public static Panel described(String title, @Nullable String description, Component... content) {
        Panel panel = new Panel(new H3(title));
        if (description != null) {
            Paragraph help = new Paragraph(description);
            help.addClassName("panel-description");
            panel.add(help);
        }
        panel.add(content);
        return panel;
    }
}
