package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingSectionKind;

/** One section in the editor: kind, heading and Markdown body, with move and remove buttons. */
class SectionRow extends Composite<Div> {

    static final String MARKDOWN_HINT = "Plain text or Markdown: a blank line between paragraphs, \"- \" starts a "
            + "bullet item, **bold**. Leave empty to make this a heading over the sections that follow.";

    final Select<PostingSectionKind> kind = new Select<>();
    final TextField heading = new TextField("Heading");
    final TextArea body = new TextArea("Text");
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    SectionRow(PostingSection section) {
        kind.setLabel("Kind");
        kind.setItems(PostingSectionKind.values());
        kind.setItemLabelGenerator(PostingSectionKind::label);
        kind.setValue(section.kind());
        heading.setValue(section.heading());
        heading.setRequiredIndicatorVisible(true);
        heading.setMaxLength(300);
        heading.setWidthFull();
        // The form column is half the screen: the heading gives way rather than push the row under the preview.
        heading.setMinWidth("8em");
        body.setValue(section.body());
        body.setHelperText(MARKDOWN_HINT);
        body.setWidthFull();
        body.addClassName("section-body");
        body.setMinRows(3);
        body.setMaxRows(16);
        for (Button button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.SMALL);
        }
        up.setAriaLabel("Move section up");
        down.setAriaLabel("Move section down");
        remove.setAriaLabel("Remove section");
        remove.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout top = new HorizontalLayout(kind, heading, up, down, remove);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setFlexGrow(1, heading);
        getContent().addClassName("posting-section-row");
        getContent().add(top, body);
    }

    PostingSection value() {
        return new PostingSection(kind.getValue() == null ? PostingSectionKind.OTHER : kind.getValue(),
                heading.getValue(), body.getValue());
    }

    /** Marks a missing heading on the field; true when the row is fine. */
    boolean validate() {
        boolean ok = !heading.getValue().isBlank();
        heading.setInvalid(!ok);
        heading.setErrorMessage(ok ? null : "Enter a heading");
        return ok;
    }
}
