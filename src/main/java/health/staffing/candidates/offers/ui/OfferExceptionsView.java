package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.candidates.offers.ExceptionRequest;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The CMO office's queue of offers outside the posted range, oldest first: the terms, the range,
 * who asked and why. Approve (comment optional) or reject (reason required); nobody decides what
 * they requested themselves (the service refuses it; the buttons are not offered).
 */
@Route("offer-exceptions")
@PageTitle("Offer exceptions")
@Menu(order = 3.5, icon = "vaadin:money-exchange", title = "Offer exceptions")
@RolesAllowed(AppRoles.CMO_OFFICE)
class OfferExceptionsView extends Main {

    private final OfferExceptionService exceptions;
    final Grid<ExceptionRequest> grid = new Grid<>();
    final Paragraph empty = new Paragraph("No offer exceptions are waiting for a decision.");
    final DecisionDialog dialog = new DecisionDialog();

    OfferExceptionsView(OfferExceptionService exceptions) {
        this.exceptions = exceptions;
        addClassNames("page", "offer-exceptions-view");
        Paragraph intro = new Paragraph("Offers outside their requisition's posted salary range wait here until the"
                + " CMO office approves or rejects the exception. The candidate sees an offer only once it is approved.");
        intro.addClassName("panel-description");
        grid.setId("offer-exceptions");
        // Wrapped cells: the decider reads the whole justification and reaches both buttons without scrolling.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.offer().reference() + " · " + r.offer().title()).setHeader("Requisition")
                .setFlexGrow(2);
        grid.addColumn(r -> r.candidateName() + (r.internal() ? "" : " (external)")).setHeader("Candidate")
                .setFlexGrow(1);
        grid.addColumn(r -> Money.text(r.offer().amount()) + " at "
                + Fte.text(r.offer().fte(), r.offer().adminFte())).setHeader("Offer")
                .setFlexGrow(1);
        grid.addColumn(r -> r.offer().range().describeAt(r.offer().fte())).setHeader("Posted range").setFlexGrow(1);
        grid.addColumn(r -> Dates.day(r.offer().startDate())).setHeader("Start")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.offer().exceptionRequestedBy() + ", " + Dates.moment(r.offer().exceptionRequestedAt()))
                .setHeader("Requested").setFlexGrow(1);
        grid.addColumn(r -> r.offer().exceptionJustification()).setHeader("Justification").setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> exceptions.pendingExceptions(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) exceptions.pendingExceptionCount());
        grid.setAllRowsVisible(false);
        grid.setHeight("calc(100vh - 16rem)");
        add(new H2("Offer exceptions"), intro, empty, grid);
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = exceptions.pendingExceptionCount() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private Div actions(ExceptionRequest request) {
        OfferDetail offer = request.offer();
        Div actions = new Div();
        String me = CurrentUser.username();
        if (me != null && me.equals(offer.exceptionRequestedBy())) {
            actions.add(new Span("You requested it: someone else decides"));
            return actions;
        }
        Button approve = new Button("Approve", click -> dialog.open(offer, true));
        approve.setId("approve-exception-" + offer.id());
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button reject = new Button("Reject", click -> dialog.open(offer, false));
        reject.setId("reject-exception-" + offer.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.TERTIARY);
        actions.add(approve, reject);
        return actions;
    }

    /** Approve with an optional comment or reject with a required reason; the text stays if refused. */
    final class DecisionDialog extends Dialog {
        final TextArea reason = new TextArea();
        final Button confirm = new Button();
        private @Nullable OfferDetail offer;
        private boolean approve;

        DecisionDialog() {
            reason.setId("exception-reason");
            reason.setWidthFull();
            reason.setMaxLength(OfferTerms.MAX_TEXT);
            confirm.setId("exception-confirm");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClickListener(click -> decide());
            getFooter().add(new Button("Cancel", click -> close()), confirm);
            add(reason);
        }

        void open(OfferDetail offer, boolean approve) {
            this.offer = offer;
            this.approve = approve;
            setHeaderTitle((approve ? "Approve" : "Reject") + " the exception for " + offer.reference() + "?");
            reason.setLabel(approve ? "Comment (optional)" : "Reason (required)");
            reason.setRequired(!approve);
            reason.setInvalid(false);
            reason.clear();
            confirm.setText(approve ? "Approve exception" : "Reject exception");
            open();
        }

        private void decide() {
            OfferDetail decided = offer;
            if (decided == null) {
                return; // not opened on an offer
            }
            try {
                if (approve) {
                    exceptions.approveException(decided.id(), decided.version(), reason.getValue());
                } else {
                    exceptions.rejectException(decided.id(), decided.version(), reason.getValue());
                }
                Notification.show("Exception " + (approve ? "approved: the offer is extended." : "rejected."), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                close();
                refresh();
            } catch (DomainException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            }
        }
    }
}
