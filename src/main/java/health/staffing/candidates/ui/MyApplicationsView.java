package health.staffing.candidates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.MyStageChange;
import health.staffing.candidates.StageRules;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/** The signed-in caregiver's applications with a caregiver-friendly status, their history and withdraw. */
@Route("my-applications")
@PageTitle("My applications")
@Menu(order = 1.5, icon = "vaadin:file-text-o", title = "My applications")
@PermitAll
class MyApplicationsView extends Main {

    private final ApplicationService applications;
    private final List<MyApplicationSection> sections;
    final Div list = new Div();
    final WithdrawDialog withdrawDialog = new WithdrawDialog();

    MyApplicationsView(ApplicationService applications, List<MyApplicationSection> sections) {
        this.applications = applications;
        this.sections = sections;
        addClassNames("page", "my-applications-view");
        list.setId("my-applications");
        add(new H2("My applications"), list);
        refresh();
    }

    static String day(Instant instant) {
        return Dates.day(instant);
    }

    void refresh() {
        list.removeAll();
        List<MyApplication> mine = applications.myApplications();
        if (mine.isEmpty()) {
            list.add(new Paragraph(new Text("You have not applied for any role yet. "), new Anchor("jobs", "Browse open roles")));
            return;
        }
        List<LongFunction<Optional<Component>>> parts = sections.stream()
                .map(section -> section.forMyApplications(this::refresh)).toList();
        mine.forEach(a -> {
            Div card = card(a);
            parts.forEach(part -> part.apply(a.id()).ifPresent(card::add));
            list.add(card);
        });
    }

    /** "Questions? Ask Sam Patel (HR)" with a mail link when the recruiter has a work email. */
    private static Paragraph contact(long applicationId, MyApplication.Contact recruiter) {
        Paragraph contact = new Paragraph("Questions? Ask " + recruiter.name() + ", your recruiter");
        if (recruiter.email() != null) {
            contact.add(new Text(": "), new Anchor("mailto:" + recruiter.email(), recruiter.email()));
        }
        contact.add(new Text("."));
        contact.addClassName("panel-description");
        contact.setId("recruiter-contact-" + applicationId);
        return contact;
    }

    private Div card(MyApplication application) {
        Anchor title = new Anchor("jobs/" + application.reference(), application.title());
        H3 heading = new H3(title);
        Span facts = new Span("Job " + application.reference() + " · submitted " + day(application.submittedAt()));
        facts.addClassName("panel-description");
        Span status = new Span(application.status());
        status.getElement().getThemeList().add("badge" + (application.stage().isFinal() ? " contrast" : ""));
        status.addClassName("application-status");
        UnorderedList steps = new UnorderedList();
        for (MyStageChange change : application.history()) {
            steps.add(new ListItem(Dates.moment(change.at()) + " — "
                    + change.status() + (change.message() == null ? "" : " (" + change.message() + ")")));
        }
        Details history = new Details("Stage history", steps);
        Div card = new Div(heading, facts, status);
        application.stage().caregiverNextStep().ifPresent(next -> {
            Paragraph step = new Paragraph("Next: " + next);
            step.addClassName("next-step");
            step.setId("next-step-" + application.id());
            card.add(step);
        });
        if (application.recruiter() != null && !application.stage().isFinal()) {
            card.add(contact(application.id(), application.recruiter()));
        }
        // HR's message with the latest move (a "not selected" note, say); their internal reasons never show.
        MyStageChange latest = application.history().getLast();
        if (latest.message() != null && latest.to() != ApplicationStage.WITHDRAWN) {
            Paragraph message = new Paragraph("Message from HR: " + latest.message());
            message.addClassNames("notice", "candidate-message");
            message.setId("candidate-message-" + application.id());
            card.add(message);
        }
        card.add(documents(application.id()), history);
        card.addClassName("panel");
        card.setId("application-" + application.id());
        if (application.withdrawable()) {
            Button withdraw = new Button("Withdraw", e -> withdrawDialog.open(application));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-" + application.id());
            card.add(withdraw);
        }
        return card;
    }

    /** The files the caregiver sent, each a download link (the service checks it is theirs on every click). */
    private Div documents(long applicationId) {
        Div documents = new Div();
        documents.addClassName("my-application-documents");
        documents.setId("documents-" + applicationId);
        for (ApplicationDetail.DocumentInfo document : applications.myDocuments(applicationId)) {
            Span kind = new Span(document.kind().label() + ": ");
            documents.add(new Div(kind, DocumentLinks.link(document,
                    () -> applications.myDocument(applicationId, document.id()))));
        }
        return documents;
    }

    /** Asks before withdrawing; the reason is optional. */
    final class WithdrawDialog extends Dialog {
        final TextArea reason = new TextArea("Reason (optional)");
        final Button confirm = new Button("Withdraw application");
        private @Nullable MyApplication application;

        WithdrawDialog() {
            setHeaderTitle("Withdraw your application?");
            reason.setWidthFull();
            reason.setMaxLength(StageRules.MAX_REASON);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> confirm());
            Button cancel = new Button("Keep it", e -> close());
            add(new Paragraph("You cannot undo this. HR will no longer consider this application."), reason);
            getFooter().add(cancel, confirm);
        }

        void open(MyApplication application) {
            this.application = application;
            reason.clear();
            setHeaderTitle("Withdraw your application for " + application.title() + "?");
            open();
        }

        private void confirm() {
            MyApplication withdrawn = application;
            if (withdrawn == null) {
                return; // not opened on an application
            }
            try {
                applications.withdraw(withdrawn.id(), withdrawn.version(), reason.getValue());
                Notification.show("Your application was withdrawn.", 3000, Notification.Position.BOTTOM_START);
            } catch (DomainException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            }
            close();
            refresh();
        }
    }
}
