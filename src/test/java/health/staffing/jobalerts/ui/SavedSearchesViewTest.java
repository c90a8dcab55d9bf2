package health.staffing.jobalerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.jobalerts.SavedSearchService;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobSearch;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A caregiver's saved searches page and the alert's unsubscribe page; each test rolls back. */
@ViewTest
@Transactional
class SavedSearchesViewTest extends SpringBrowserlessTest {

    @Autowired
    SavedSearchService searches;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entities;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_page_lists_each_search_in_words_runs_it_changes_its_alerts_and_deletes_it() {
        long id = searches.save("Physician roles near Somerville", JobSearch.ALL.near("SOM", 15)
                .withCategory("Physician Leadership"), AlertFrequency.DAILY);
        As.user("manager", () -> searches.save("Maya's", JobSearch.ALL, AlertFrequency.DAILY));

        UI.getCurrent().navigate(SavedSearchesView.class);
        Div card = $(Div.class).id("saved-search-" + id);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Physician roles near Somerville");
        assertThat($(Paragraph.class, card).all()).extracting(Paragraph::getText)
                .contains("within 15 miles of Mass General Brigham, Assembly Row — Somerville, MA 02145 · Physician Leadership");
        assertThat($(Anchor.class, card).single().getHref())
                .isEqualTo("jobs?near=SOM&radius=15&category=Physician%20Leadership");

        @SuppressWarnings("unchecked")
        Select<AlertFrequency> alerts = $(Select.class, card).single();
        assertThat(alerts.getValue()).isEqualTo(AlertFrequency.DAILY);
        test(alerts).selectItem(AlertFrequency.IMMEDIATE.label());
        assertThat(searches.mine()).singleElement().satisfies(s -> assertThat(s.frequency()).isEqualTo(AlertFrequency.IMMEDIATE));

        test($(com.vaadin.flow.component.button.Button.class, card).single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(searches.mine()).isEmpty();
        assertThat($(Paragraph.class).id("saved-searches-empty").getText()).startsWith("You have no saved searches.");
        assertThat(As.user("manager", searches::mine)).hasSize(1);
    }

    @Test
    void the_unsubscribe_link_names_the_search_and_stops_its_alerts_with_one_click_signed_out() {
        long id = As.user("caregiver", () -> searches.save("Quality", JobSearch.keywords("quality"),
                AlertFrequency.IMMEDIATE));
        entities.flush();
        String token = jdbc.sql("select unsubscribe_token from saved_search where id = :id").param("id", id)
                .query(String.class).single();

        UI.getCurrent().navigate("job-alerts/unsubscribe/" + token);
        UnsubscribeView view = $(UnsubscribeView.class).single();
        assertThat(view.message.getText()).isEqualTo("Stop emailing you about new roles for your saved search “Quality”?");
        // Opening the link changed nothing: a mail scanner following it does not unsubscribe anyone.
        assertThat(searches.subscription(token).orElseThrow().frequency()).isEqualTo(AlertFrequency.IMMEDIATE);

        test(view.stop).click();

        assertThat(view.message.getText()).startsWith("Done: we no longer email you about this search.");
        assertThat(view.stop.isVisible()).isFalse();
        assertThat(searches.subscription(token).orElseThrow().frequency()).isEqualTo(AlertFrequency.NONE);

        UI.getCurrent().navigate("job-alerts/unsubscribe/" + token);
        assertThat($(UnsubscribeView.class).single().message.getText())
                .isEqualTo("Alerts for your saved search “Quality” are already off.");
        UI.getCurrent().navigate("job-alerts/unsubscribe/made-up-token-0123456789");
        assertThat($(UnsubscribeView.class).single().message.getText()).startsWith("This link does not stop any alert");
        assertThat($(UnsubscribeView.class).single().stop.isVisible()).isFalse();
    }
}
