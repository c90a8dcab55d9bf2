package health.staffing.jobalerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import health.staffing.jobalerts.AlertSubscription;
import health.staffing.jobalerts.SavedSearchService;
import health.staffing.requisitions.AlertFrequency;
import java.util.Optional;

/**
 * Where an alert email's "Stop these alerts" link lands, signed in or not: it names the search and
 * asks for one click (a mail scanner opening the link changes nothing). Only that search's alerts
 * stop; the search stays saved and its owner can turn them on again.
 */
@Route(value = "job-alerts/unsubscribe/:token", autoLayout = false)
@PageTitle("Job alerts · Leadership Staffing Portal")
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver {

    final Paragraph message = new Paragraph();
    final Button stop = new Button("Stop these alerts");
    private final SavedSearchService searches;
    private String token = "";

    UnsubscribeView(SavedSearchService searches) {
        this.searches = searches;
        addClassName("unsubscribe-view");
        message.setId("unsubscribe-message");
        stop.setId("unsubscribe-confirm");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(click -> {
            boolean done = searches.unsubscribe(token);
            stop.setVisible(false);
            message.setText(done ? "Done: we no longer email you about this search. It stays in your saved searches,"
                    + " where you can turn its alerts on again." : "This link does not stop any alert (any more).");
        });
        Paragraph brand = new Paragraph("Leadership Staffing Portal");
        brand.addClassName("unsubscribe-brand");
        Div box = new Div(brand, new H1("Job alerts"), message, stop,
                new Anchor("jobs/saved-searches", "Manage my saved searches"));
        box.addClassName("unsubscribe-box");
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<AlertSubscription> subscription = searches.subscription(token);
        stop.setVisible(subscription.filter(s -> s.frequency() != AlertFrequency.NONE).isPresent());
        message.setText(subscription.map(s -> s.frequency() == AlertFrequency.NONE
                ? "Alerts for your saved search “" + s.name() + "” are already off."
                : "Stop emailing you about new roles for your saved search “" + s.name() + "”?")
                .orElse("This link does not stop any alert (any more). Sign in to manage your saved searches."));
    }
}
