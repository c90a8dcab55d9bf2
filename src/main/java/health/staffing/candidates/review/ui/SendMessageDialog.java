package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import health.staffing.base.DomainException;
import health.staffing.candidates.CandidateMessages;
import health.staffing.candidates.MessageKind;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Sends the selected candidates a templated message: choose the template, read each candidate's
 * message as it will be sent (merge fields filled), then send. A refusal stays in the dialog.
 */
class SendMessageDialog extends Dialog {

    final Select<MessageKind> kind = new Select<>();
    final Div previews = new Div();
    final Div problem = new Div();
    final Button send = new Button("Send");
    private final CandidateMessages messages;
    private final List<Long> applicationIds;

    SendMessageDialog(CandidateMessages messages, List<Long> applicationIds, IntConsumer sent) {
        this.messages = messages;
        this.applicationIds = applicationIds;
        setHeaderTitle("Send a message to " + applicationIds.size()
                + (applicationIds.size() == 1 ? " candidate" : " candidates"));
        setWidth("min(52rem, 95vw)");
        kind.setId("message-kind");
        kind.setLabel("Template");
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(MessageKind::label);
        kind.addValueChangeListener(change -> showPreviews());
        previews.setId("message-previews");
        previews.addClassName("message-previews");
        problem.setId("message-errors");
        problem.addClassName("form-errors");
        problem.setVisible(false);
        send.setId("send-messages");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setEnabled(false);
        send.addClickListener(click -> {
            try {
                int count = messages.send(applicationIds, kind.getValue());
                close();
                sent.accept(count);
            } catch (DomainException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        Anchor templates = new Anchor("message-templates", "Edit the templates");
        Paragraph help = new Paragraph("Each candidate receives their own message; a caregiver under the bell and by"
                + " email, an external candidate by email. It is kept on the application's Messages tab. ");
        help.add(templates);
        help.addClassName("panel-description");
        add(help, kind, problem, previews);
        getFooter().add(new Button("Close", click -> close()), send);
    }

    private void showPreviews() {
        previews.removeAll();
        problem.setVisible(false);
        if (kind.getValue() == null) {
            send.setEnabled(false);
            return;
        }
        try {
            List<CandidateMessages.Rendered> rendered = messages.preview(applicationIds, kind.getValue());
            for (CandidateMessages.Rendered message : rendered) {
                Span summary = new Span(message.candidateName() + " · " + (message.to() == null
                        ? "no email on record: kept on the timeline only" : message.to()));
                Paragraph subject = new Paragraph(message.subject());
                subject.addClassName("message-subject");
                Paragraph body = new Paragraph(message.body());
                body.addClassName("message-body");
                Details details = new Details(summary, new Div(subject, body));
                details.setOpened(rendered.size() == 1 || message == rendered.getFirst());
                previews.add(details);
            }
            send.setText("Send " + rendered.size() + (rendered.size() == 1 ? " message" : " messages"));
            send.setEnabled(true);
        } catch (DomainException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
            send.setEnabled(false);
        }
    }
}
