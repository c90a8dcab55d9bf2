package health.staffing.jobalerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.jobalerts.SavedSearchService;
import health.staffing.jobalerts.SavedSearchSummary;
import health.staffing.requisitions.AlertFrequency;
import jakarta.annotation.security.PermitAll;

/**
 * A caregiver's saved job searches: each with its filters in words, a link that runs it on the
 * board, how often it emails them (changed on the spot) and a delete. Reached from the job board.
 */
@Route("jobs/saved-searches")
@PageTitle("Saved searches")
@PermitAll
class SavedSearchesView extends Main {

    final Div list = new Div();
    private final SavedSearchService searches;

    SavedSearchesView(SavedSearchService searches) {
        this.searches = searches;
        addClassNames("page", "saved-searches-view");
        Anchor back = new Anchor("jobs", "← Job board");
        Paragraph help = new Paragraph("Searches you saved on the job board. Each can email you about roles posted"
                + " after you saved it: as soon as one is posted, or once a day. Every alert has a link that stops it.");
        help.addClassName("panel-description");
        list.setId("saved-searches");
        list.addClassName("saved-search-list");
        add(back, help, list);
        show();
    }

    private void show() {
        list.removeAll();
        var mine = searches.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("You have no saved searches. On the job board, filter the roles you want"
                    + " and choose “Save search”.");
            empty.setId("saved-searches-empty");
            list.add(empty);
            return;
        }
        mine.forEach(search -> list.add(card(search)));
    }

    private Div card(SavedSearchSummary search) {
        H3 name = new H3(search.name());
        Paragraph criteria = new Paragraph(search.criteria());
        criteria.addClassName("panel-description");
        Anchor run = new Anchor("jobs" + QueryParameters.simple(search.search().boardParameters()).getQueryString()
                .transform(query -> query.isEmpty() ? "" : "?" + query), "Show the roles it finds");
        run.addClassName("saved-search-run");

        Select<AlertFrequency> frequency = new Select<>();
        frequency.setLabel("Email alerts");
        frequency.setItems(AlertFrequency.values());
        frequency.setItemLabelGenerator(AlertFrequency::label);
        frequency.setValue(search.frequency());
        frequency.setWidth("20rem");
        frequency.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            try {
                searches.changeFrequency(search.id(), change.getValue());
                Notification.show("“" + search.name() + "”: " + change.getValue().label().toLowerCase() + ".", 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                show();
            }
        });

        Span facts = new Span("Saved " + Dates.day(search.savedAt()) + (search.lastAlertedAt() == null
                ? " · no alert yet"
                : " · last alert " + Dates.day(search.lastAlertedAt()) + " · " + search.alertsSent()
                        + (search.alertsSent() == 1 ? " role" : " roles") + " alerted so far"));
        facts.addClassName("panel-description");

        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete(search));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete the saved search " + search.name());

        Div actions = new Div(frequency, run, delete);
        actions.addClassName("saved-search-actions");
        Div card = new Div(name, criteria, facts, actions);
        card.addClassNames("panel", "saved-search");
        card.setId("saved-search-" + search.id());
        return card;
    }

    private void confirmDelete(SavedSearchSummary search) {
        ConfirmDialog confirm = new ConfirmDialog("Delete “" + search.name() + "”?",
                "Its alerts stop. The roles it found stay on the job board.", "Delete", click -> {
                    try {
                        searches.delete(search.id());
                    } catch (DomainException gone) {
                        // Deleted in another tab meanwhile: the list below shows what is left.
                    }
                    show();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
