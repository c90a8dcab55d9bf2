package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.candidates.offers.MyOffer;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.ui.MyApplicationSection;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/** The caregiver's offer on their application card: its terms, and accept or decline (with a reason). */
@org.springframework.stereotype.Component
@Order(10)
class MyOfferSection implements MyApplicationSection {

    private final OfferService offers;

    MyOfferSection(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public LongFunction<Optional<Component>> forMyApplications(Runnable onChange) {
        // Newest first: the first offer per application is its current one.
        Map<Long, MyOffer> offerByApplication = offers.myOffers().stream()
                .collect(Collectors.toMap(MyOffer::applicationId, o -> o, (newer, older) -> newer));
        DeclineDialog declineDialog = new DeclineDialog(onChange);
        return applicationId -> Optional.ofNullable(offerByApplication.get(applicationId))
                .map(offer -> offer(offer, declineDialog, onChange));
    }

    private Component offer(MyOffer offer, DeclineDialog declineDialog, Runnable onChange) {
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
                onChange.run();
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

    /** Declining needs a reason; it stays in the field if the decline is refused. */
    final class DeclineDialog extends Dialog {
        final TextArea reason = new TextArea("Why are you declining?");
        final Button confirm = new Button("Decline offer");
        private final Runnable onChange;
        private @Nullable MyOffer offer;

        DeclineDialog(Runnable onChange) {
            this.onChange = onChange;
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
            MyOffer declined = offer;
            if (declined == null) {
                return; // not opened on an offer
            }
            try {
                offers.decline(declined.id(), declined.version(), reason.getValue());
            } catch (DomainException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
                return;
            }
            Notification.show("You declined the offer.", 3000, Notification.Position.BOTTOM_START);
            close();
            onChange.run();
        }
    }
}
