package health.staffing.candidates.messages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.MessageKind;
import health.staffing.candidates.messages.MergeFields;
import health.staffing.candidates.messages.MessageRules;
import health.staffing.candidates.messages.MessageService;
import health.staffing.candidates.messages.TemplateSummary;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * HR edits the message templates: the subject and the text with merge fields, a preview filled with
 * sample values beside them. An unknown field or a text too long is marked on its field and not saved.
 */
@Route("message-templates")
@PageTitle("Message templates")
@Menu(order = 12, icon = "vaadin:envelope-o", title = "Message templates")
@RolesAllowed({AppRoles.RECRUITER, AppRoles.ADMIN})
class MessageTemplatesView extends Main {

    static final Map<String, String> SAMPLE = Map.of(MergeFields.CANDIDATE, "Jordan Ellis, MD",
            MergeFields.ROLE, "Medical Director for Quality, Primary Care", MergeFields.REFERENCE, "102602",
            MergeFields.INTERVIEW, "Tue 15 Dec 2026, 10:00–11:00 EST, 399 Revolution Drive",
            MergeFields.RECRUITER, "Sam Patel");

    final Select<MessageKind> kind = new Select<>();
    final TextField subject = new TextField("Subject");
    final TextArea body = new TextArea("Message");
    final Div preview = new Div();
    final Span saved = new Span();
    final Button save = new Button("Save template");
    private final MessageService messages;
    private TemplateSummary current;

    MessageTemplatesView(MessageService messages) {
        this.messages = messages;
        addClassNames("page", "message-templates-view");
        Paragraph intro = new Paragraph("HR's messages to candidates, one template per kind. Merge fields in braces"
                + " are filled for each candidate when sending: " + String.join(", ", MergeFields.KNOWN.entrySet()
                        .stream().map(field -> "{" + field.getKey() + "} " + field.getValue()).toList()) + ".");
        intro.addClassName("panel-description");
        kind.setId("template-kind");
        kind.setLabel("Template");
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(MessageKind::label);
        subject.setId("template-subject");
        subject.setMaxLength(MessageRules.MAX_SUBJECT);
        subject.setWidthFull();
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        body.setId("template-body");
        body.setMaxLength(MessageRules.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        preview.setId("template-preview");
        preview.addClassName("message-preview");
        saved.setId("template-saved");
        saved.addClassName("panel-description");
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        subject.addValueChangeListener(change -> showPreview());
        body.addValueChangeListener(change -> showPreview());
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue());
            }
        });

        Div actions = new Div(save, saved);
        actions.addClassName("template-actions");
        Div editor = new Div(kind, subject, body, actions);
        editor.addClassName("template-editor");
        Div previewColumn = new Div(new H3("Preview with sample values"), preview);
        previewColumn.addClassName("template-preview-column");
        Div columns = new Div(editor, previewColumn);
        columns.addClassName("template-columns");
        add(intro, columns);
        current = messages.templates().getFirst();
        kind.setValue(current.kind());
    }

    private void load(MessageKind chosen) {
        current = messages.templates().stream().filter(t -> t.kind() == chosen).findFirst().orElseThrow();
        subject.setValue(current.subject());
        body.setValue(current.body());
        subject.setInvalid(false);
        body.setInvalid(false);
        saved.setText("Last changed " + Dates.moment(current.modifiedAt()) + " by " + current.modifiedBy());
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        Paragraph heading = new Paragraph(MergeFields.render(subject.getValue(), SAMPLE));
        heading.addClassName("message-subject");
        Paragraph text = new Paragraph(MergeFields.render(body.getValue(), SAMPLE));
        text.addClassName("message-body");
        preview.add(heading, text);
    }

    private void save() {
        boolean refused = TextLimit.refusedOn(subject, MessageRules.subject(subject.getValue()));
        refused |= TextLimit.refusedOn(body, MessageRules.body(body.getValue()));
        if (refused) {
            return;
        }
        try {
            current = messages.saveTemplate(current.kind(), current.version(), subject.getValue(), body.getValue());
            saved.setText("Last changed " + Dates.moment(current.modifiedAt()) + " by " + current.modifiedBy());
            Notification.show("Template saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refusedByService) {
            Notification.show(refusedByService.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
