package health.staffing.candidates.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import health.staffing.base.Dates;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.messages.MessageService;
import health.staffing.candidates.messages.SentMessage;
import health.staffing.candidates.ui.ApplicationTab;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The "Messages" tab: every message the candidate was sent, newest first, exactly as sent. */
@org.springframework.stereotype.Component
@Order(55)
class MessagesTab implements ApplicationTab {

    private final MessageService messages;

    MessagesTab(MessageService messages) {
        this.messages = messages;
    }

    @Override
    public String key() {
        return "messages";
    }

    @Override
    public String label() {
        return "Messages";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return true;
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        Div timeline = new Div();
        timeline.setId("message-timeline");
        timeline.addClassName("message-timeline");
        List<SentMessage> sent = messages.timeline(application.id());
        if (sent.isEmpty()) {
            timeline.add(new Paragraph("No message has been sent yet. Send one from the candidate grid: select the"
                    + " application, then \"Send message…\"."));
        }
        for (SentMessage message : sent) {
            Span summary = new Span(Dates.moment(message.sentAt()) + " · " + message.kind().label() + " · "
                    + message.subject());
            Paragraph to = new Paragraph((message.recipient() == null ? "Not emailed: no address on record"
                    : "To " + message.recipient()) + " · sent by " + message.sentBy());
            to.addClassName("panel-description");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("message-body");
            Details details = new Details(summary, new Div(to, body));
            details.setId("message-" + message.id());
            timeline.add(details);
        }
        return timeline;
    }
}
