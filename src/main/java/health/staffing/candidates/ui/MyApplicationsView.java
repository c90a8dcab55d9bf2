package health.staffing.candidates.ui;

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
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.MyOffer;
import health.staffing.candidates.MyStageChange;
import health.staffing.candidates.OfferService;
import health.staffing.candidates.OfferTerms;
import health.staffing.candidates.StageRules;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in caregiver's applications with a caregiver-friendly status, their history and withdraw. */
@Route("my-applications")
@PageTitle("My applications")
@Menu(order = 1.5, icon = "vaadin:file-text-o", title = "My applications")
@PermitAll
class MyApplicationsView extends Main {

    private final ApplicationService applications;
    private final OfferService offers;
    final Div list = new Div();
    final WithdrawDialog withdrawDialog = new WithdrawDialog();
    final DeclineDialog declineDialog = new DeclineDialog();

    MyApplicationsView(ApplicationService applications, OfferService offers) {
        this.applications = applications;
        this.offers = offers;
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
        // Newest first: the first offer per application is its current one.
        Map<Long, MyOffer> offerByApplication = offers.myOffers().stream()
                .collect(Collectors.toMap(MyOffer::applicationId, o -> o, (newer, older) -> newer));
        mine.forEach(a -> {
            Div card = card(a);
            MyOffer offer = offerByApplication.get(a.id());
            if (offer != null) {
                card.add(offer(offer));
            }
            list.add(card);
        });
    }

    private Div offer(MyOffer offer) {
        Div box = new Div();
        box.setId("offer-" + offer.id());
        box.addClassName("my-offer");
        box.add(new H3(offer.awaitingAnswer() ? "Your offer" : "Offer — " + offer.status().label().toLowerCase()));
        box.add(new Paragraph(Money.text(offer.amount()) + " a year at " + Fte.text(offer.fte(),
                offer.adminFte()) + ", starting " + Dates.day(offer.startDate()) + "."));
        if (offer.note() != null) {
            box.add(new Paragraph(offer.note()));
        }
        if (offer.respondedAt() != null && offer.responseReason() != null) {
            box.add(new Paragraph("Reason: " + offer.responseReason()));
        }
        if (offer.awaitingAnswer()) {
            Button accept = new Button("Accept offer", e -> {
                try {
                    offers.accept(offer.id(), offer.version());
                    Notification.show("You accepted the offer. Congratulations!", 4000,
                            Notification.Position.BOTTOM_START);
                } catch (DomainException refused) {
                    Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
                }
                refresh();
            });
            accept.setId("accept-offer-" + offer.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button("Decline", e -> declineDialog.open(offer));
            decline.setId("decline-offer-" + offer.id());
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(new Div(accept, decline));
        }
        return box;
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

    /** Declining needs a reason; it stays in the field if the decline is refused. */
    final class DeclineDialog extends Dialog {
        final TextArea reason = new TextArea("Why are you declining?");
        final Button confirm = new Button("Decline offer");
        private MyOffer offer;

        DeclineDialog() {
            setHeaderTitle("Decline the offer?");
            reason.setWidthFull();
            reason.setMaxLength(OfferTerms.MAX_TEXT);
            reason.setRequired(true);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> confirm());
            add(new Paragraph("You cannot undo this."), reason);
            getFooter().add(new Button("Keep it", e -> close()), confirm);
        }

        void open(MyOffer offer) {
            this.offer = offer;
            reason.clear();
            reason.setInvalid(false);
            open();
        }

        private void confirm() {
            try {
                offers.decline(offer.id(), offer.version(), reason.getValue());
            } catch (DomainException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
                return;
            }
            Notification.show("You declined the offer.", 3000, Notification.Position.BOTTOM_START);
            close();
            refresh();
        }
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
        private MyApplication application;

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
            try {
                applications.withdraw(application.id(), application.version(), reason.getValue());
                Notification.show("Your application was withdrawn.", 3000, Notification.Position.BOTTOM_START);
            } catch (DomainException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            }
            close();
            refresh();
        }
    }
}
