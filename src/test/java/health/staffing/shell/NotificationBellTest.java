package health.staffing.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import health.staffing.ViewTest;
import health.staffing.notifications.NotificationService;
import health.staffing.security.SystemActor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
@Transactional
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /** Counts start from nothing, whatever other tests of the shared context told the manager (rolled back). */
    @BeforeEach
    void managerHasNoNotifications() {
        jdbc.update("delete from notification where recipient = 'manager'");
    }

    private void notifyManager(String subject, String body, String link) {
        SystemActor.run(() -> notifications.notify("manager", subject, body, link));
    }

    private Button bell() {
        return $(Button.class).id("notification-bell");
    }

    private Span count() {
        return $(Span.class).withClassName("notification-count").single();
    }

    private boolean countShown() {
        return $(Span.class).withClassName("notification-count").exists();
    }

    private List<Div> items() {
        return $(Div.class).withClassName("notification-item").all();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_bell_shows_the_unread_count_and_says_it_to_screen_readers() {
        navigate("", Component.class);
        assertThat(bell().getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(countShown()).isFalse();

        notifyManager("Requisition 102619 needs your approval", "Medical Director, Primary Care", "org-chart");
        notifyManager("Requisition 102620 was approved", "Ready to post.", null);
        notifyManager("Requisition 102621 was returned", "Add the cost center.", null);
        navigate("org-chart", Component.class);

        assertThat(bell().getAriaLabel()).hasValue("Notifications, 3 unread");
        assertThat(countShown()).isTrue();
        assertThat(count().getText()).isEqualTo("3");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void opening_a_notification_marks_it_read_and_goes_where_it_points() {
        notifyManager("Requisition 102619 needs your approval", "Medical Director, Primary Care", "org-chart");
        notifyManager("Requisition 102620 was approved", "Ready to post.", null);
        navigate("", Component.class);

        test(bell()).click();

        assertThat($(Popover.class).single().getAriaLabel()).hasValue("Notifications");
        assertThat(items()).hasSize(2);
        Div newest = items().getFirst();
        assertThat(newest.getElement().getTextRecursively())
                .contains("Requisition 102620 was approved", "Ready to post.", "just now");
        assertThat(items()).allSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());

        test(items().get(1)).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("org-chart");
        assertThat(count().getText()).isEqualTo("1");
        test(bell()).click();
        assertThat(items().get(1).hasClassName("unread")).isFalse();
        assertThat(items().get(0).hasClassName("unread")).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_list_is_built_at_the_first_click_and_its_rows_dropped_when_it_closes() {
        notifyManager("One", "", null);
        navigate("", Component.class);
        assertThat($(Popover.class).exists()).as("no popover before the bell is clicked").isFalse();

        test(bell()).click();
        assertThat($(Popover.class).single().isOpened()).isTrue();
        assertThat(items()).hasSize(1);

        $(Popover.class).single().close();
        assertThat(items()).isEmpty();

        notifyManager("Two", "", null);
        test(bell()).click();
        assertThat(items()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void mark_all_read_clears_the_count() {
        notifyManager("One", "", null);
        notifyManager("Two", "", null);
        navigate("", Component.class);
        test(bell()).click();

        test($(Button.class).id("notifications-mark-all-read")).click();

        assertThat(countShown()).isFalse();
        assertThat(bell().getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(items()).noneSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_view_can_ask_the_bell_to_recount_after_an_action() {
        navigate("", Component.class);
        notifyManager("Requisition 102619 needs your approval", "", null);

        NotificationBell.refresh();

        assertThat(count().getText()).isEqualTo("1");
    }

    @Test
    void times_read_as_people_say_them() {
        Instant now = Instant.parse("2026-05-20T12:00:00Z");
        assertThat(NotificationBell.ago(now.minusSeconds(20), now, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(NotificationBell.ago(now.minusSeconds(5 * 60), now, ZoneOffset.UTC)).isEqualTo("5 min ago");
        assertThat(NotificationBell.ago(now.minusSeconds(3 * 3600), now, ZoneOffset.UTC)).isEqualTo("3 h ago");
        assertThat(NotificationBell.ago(now.minusSeconds(30 * 3600), now, ZoneOffset.UTC)).isEqualTo("yesterday");
        assertThat(NotificationBell.ago(now.minusSeconds(4 * 86400), now, ZoneOffset.UTC)).isEqualTo("4 days ago");
        assertThat(NotificationBell.ago(now.minusSeconds(30 * 86400), now, ZoneOffset.UTC)).isEqualTo("20 Apr 2026");
        assertThat(NotificationBell.snippet("a\n  b")).isEqualTo("a b");
    }
}
