package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.Fact;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.base.ui.component.Panel;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferRange;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferStatus;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The offer tab's content for one application: the current offer with what HR may do next, the
 * form for a new offer (with the posted range and, outside it, the exception request) and every
 * earlier offer. A hiring manager reads it; HR acts. Refusals show above the form and nothing typed
 * is lost.
 */
class OfferPanel extends Div {

    private final OfferService offers;
    private final Clock clock;
    private final ApplicationDetail application;
    private final Runnable onChange;
    private final boolean hr = CurrentUser.isHr();

    final Div errors = new Div();
    final NumberInput<BigDecimal> amount = NumberInput.amount("Annual base (at the offered FTE)");
    final NumberInput<BigDecimal> fte = NumberInput.decimal("FTE", 2, "1.0 or 0.8");
    final NumberInput<BigDecimal> adminFte = NumberInput.decimal("Administrative FTE", 2, "0.5");
    final Span clinicalFte = new Span();
    final DatePicker startDate = new DatePicker("Start date");
    final TextArea note = new TextArea("Note (the candidate reads it)");
    final Span fit = new Span();
    final Button makeOffer = new Button("Make offer");
    final Div exceptionBox = new Div();
    final TextArea justification = new TextArea("Justification for the CMO office");
    final Button requestException = new Button("Request exception");
    final OfferReasonDialog reasonDialog = new OfferReasonDialog();
    private @Nullable OfferRange range;

    OfferPanel(OfferService offers, Clock clock, ApplicationDetail application, Runnable onChange) {
        this.offers = offers;
        this.clock = clock;
        this.application = application;
        this.onChange = onChange;
        setId("offer-panel");
        addClassName("application-profile");
        List<OfferDetail> all = offers.offersFor(application.id());
        OfferDetail latest = all.isEmpty() ? null : all.getFirst();
        boolean open = latest != null && latest.status().isOpen();
        if (latest != null && (open || latest.status() == OfferStatus.ACCEPTED)) {
            add(current(latest));
        }
        if (hr && !open && (application.stage() == ApplicationStage.FINALIST
                || application.stage() == ApplicationStage.OFFER)) {
            add(form());
        } else if (latest == null) {
            Div none = Panel.titled("Offer");
            none.add(new Paragraph(hr ? "No offer can be made at this stage." : "No offer has been made yet."));
            add(none);
        }
        if (!all.isEmpty()) {
            add(OfferHistory.of(all));
        }
    }

    private Div current(OfferDetail offer) {
        Div panel = Panel.titled("Current offer");
        panel.setId("current-offer");
        Badge status = new Badge(offer.status().label(), switch (offer.status()) {
            case EXTENDED, ACCEPTED -> "success";
            case PENDING_EXCEPTION -> "warning";
            default -> "error";
        });
        status.setId("offer-status");
        panel.add(new Div(status));
        panel.add(new Fact("Annual base", Money.text(offer.amount())));
        panel.add(new Fact("FTE", Fte.text(offer.fte(), offer.adminFte())));
        panel.add(new Fact("Start date", Dates.day(offer.startDate())));
        panel.add(new Fact("Posted range", offer.range().describeAt(offer.fte())
                + (offer.withinRange() ? "" : " — outside the range")));
        if (offer.note() != null) {
            panel.add(new Fact("Note", offer.note()));
        }
        panel.add(new Fact("Offered", offer.offeredBy() + ", " + Dates.moment(offer.offeredAt())));
        if (offer.exceptionRequestedBy() != null) {
            panel.add(new Fact("Exception requested", offer.exceptionRequestedBy() + ", "
                    + Dates.moment(offer.exceptionRequestedAt()) + ": " + offer.exceptionJustification()));
        }
        if (offer.exceptionDecidedBy() != null) {
            panel.add(new Fact("CMO office decision", OfferHistory.decision(offer)));
        }
        if (offer.respondedBy() != null) {
            panel.add(new Fact("Answer", offer.status().label() + " — " + offer.respondedBy() + ", "
                    + Dates.moment(offer.respondedAt())
                    + (offer.responseReason() == null ? "" : ": " + offer.responseReason())));
        }
        if (offer.status() == OfferStatus.ACCEPTED) {
            panel.add(new Fact("Seat", offer.seatCode() == null
                    ? "None: this requisition's seat went to its first hire; place this hire in the org chart"
                    : offer.seatCode() + " from " + Dates.day(offer.startDate())));
        }
        if (hr && offer.status() == OfferStatus.EXTENDED) {
            Button accepted = new Button("Record acceptance", click -> act(
                    () -> offers.recordResponse(offer.id(), offer.version(), true, null),
                    "Acceptance recorded: the candidate is hired."));
            accepted.setId("record-acceptance");
            accepted.addThemeVariants(ButtonVariant.PRIMARY);
            Button declined = new Button("Record decline", click -> reasonDialog.open("Record the candidate's decline",
                    "Decline reason", reason -> act(() -> offers.recordResponse(offer.id(), offer.version(), false,
                            reason), "Decline recorded.")));
            declined.setId("record-decline");
            panel.add(actions(accepted, declined, rescind(offer)));
        } else if (hr && offer.status() == OfferStatus.PENDING_EXCEPTION) {
            panel.add(actions(rescind(offer)));
        }
        return panel;
    }

    private Button rescind(OfferDetail offer) {
        Button rescind = new Button(offer.status() == OfferStatus.PENDING_EXCEPTION ? "Withdraw request" : "Rescind",
                click -> reasonDialog.open("Rescind this offer?", "Reason", reason -> act(
                        () -> offers.rescind(offer.id(), offer.version(), reason), "Offer rescinded.")));
        rescind.setId("rescind-offer");
        rescind.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.TERTIARY);
        return rescind;
    }

    private Div form() {
        Div panel = Panel.titled("Make an offer");
        panel.setId("offer-form");
        range = offers.rangeFor(application.id());
        Paragraph posted = new Paragraph("Posted range: " + range.describeAt(BigDecimal.ONE)
                + (range.adjustedForFte() ? " (scaled by the offered FTE)" : ""));
        posted.setId("offer-range");
        posted.addClassName("panel-description");
        errors.setId("offer-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);

        amount.setId("offer-amount");
        amount.setRequiredIndicatorVisible(true);
        amount.setPrefixComponent(new Span("$"));
        fte.setId("offer-fte");
        fte.setNumber(new BigDecimal("1.00"));
        fte.setRequiredIndicatorVisible(true);
        adminFte.setId("offer-admin-fte");
        adminFte.setRequiredIndicatorVisible(true);
        clinicalFte.setId("offer-clinical-fte");
        startDate.setId("offer-start");
        startDate.setMin(LocalDate.now(clock));
        startDate.setRequiredIndicatorVisible(true);
        note.setId("offer-note");
        note.setMaxLength(OfferTerms.MAX_TEXT);
        fit.setId("offer-fit");
        fit.addClassName("panel-description");
        amount.addValueChangeListener(change -> updateFit());
        fte.addValueChangeListener(change -> updateFit());
        adminFte.addValueChangeListener(change -> updateFit());

        makeOffer.setId("make-offer");
        makeOffer.addThemeVariants(ButtonVariant.PRIMARY);
        makeOffer.addClickListener(click -> submit(false));
        justification.setId("offer-justification");
        justification.setMaxLength(OfferTerms.MAX_TEXT);
        justification.setWidthFull();
        requestException.setId("request-exception");
        requestException.addClickListener(click -> submit(true));
        exceptionBox.setId("offer-exception");
        exceptionBox.add(new Paragraph("An offer outside the posted range needs an exception approved by the CMO"
                + " office. It waits for their decision; the candidate does not see it until then."),
                justification, requestException);
        exceptionBox.setVisible(false);

        FormLayout fields = new FormLayout(amount, startDate, fte, adminFte);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        note.setWidthFull();
        panel.add(posted, errors, fields, clinicalFte, fit, note, actions(makeOffer), exceptionBox);
        updateFit();
        return panel;
    }

    /** Tells HR, while typing, whether the amount is inside the range at the FTE entered. */
    private void updateFit() {
        BigDecimal f = fte.number().orElse(null);
        BigDecimal a = adminFte.number().orElse(null);
        clinicalFte.setText(f != null && a != null ? "Clinical FTE: " + f.subtract(a).stripTrailingZeros()
                .toPlainString() : "");
        BigDecimal offered = amount.number().orElse(null);
        OfferRange range = this.range;
        if (range == null || offered == null || f == null || f.signum() <= 0) {
            fit.setText("");
            return;
        }
        OfferRange.Fit where = range.fit(offered, f);
        fit.setText(switch (where) {
            case WITHIN -> "Inside the posted range (" + range.describeAt(f) + ").";
            case BELOW -> "Below the posted range (" + range.describeAt(f) + "): needs a CMO office exception.";
            case ABOVE -> "Above the posted range (" + range.describeAt(f) + "): needs a CMO office exception.";
        });
        if (where != OfferRange.Fit.WITHIN) {
            exceptionBox.setVisible(true);
        }
    }

    private void submit(boolean exception) {
        boolean textRefused = TextLimit.refusedOn(note,
                TextLimits.textProblem("The note", note.getValue(), OfferTerms.MAX_TEXT));
        if (exception) {
            textRefused |= TextLimit.refusedOn(justification,
                    TextLimits.textProblem("The justification", justification.getValue(), OfferTerms.MAX_TEXT));
        }
        if (textRefused) {
            return;
        }
        try {
            OfferTerms terms = new OfferTerms(amount.numberOrRefuse(), fte.numberOrRefuse(), adminFte.numberOrRefuse(),
                    startDate.getValue(), note.getValue());
            if (exception) {
                offers.requestException(application.id(), application.version(), terms, justification.getValue());
                Notification.show("Exception requested: the CMO office decides.", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            } else {
                offers.makeOffer(application.id(), application.version(), terms);
                Notification.show("Offer extended.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
            changed();
        } catch (DomainException refused) {
            errors.setText(refused.getMessage());
            errors.setVisible(true);
            if (refused.getMessage().contains("posted range")) {
                exceptionBox.setVisible(true);
            }
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        changed();
    }

    /** The screen reloads the application (its stage may have moved) and stays on this tab. */
    private void changed() {
        onChange.run();
    }

    private static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("offer-actions");
        return actions;
    }
}
