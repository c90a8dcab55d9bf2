package health.staffing.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import health.staffing.ViewTest;
import health.staffing.base.ui.NotFoundView;
import health.staffing.security.AppRoles;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class AdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_administrator_finds_a_user_and_grants_a_role() {
        AdminView view = navigate(AdminView.class);

        test(view.userFilter).setValue("Donnelly");
        assertThat(test(view.users).size()).isEqualTo(1);
        test(view.users).select(0);
        assertThat(view.roles.getValue()).containsExactlyInAnyOrder(AppRoles.CAREGIVER, AppRoles.FINANCE);

        test(view.roles).selectItem(AppRoles.label(AppRoles.HIRING_MANAGER));
        test(view.saveRoles).click();

        assertThat(accounts.findByUsername("finance").orElseThrow().roles()).contains(AppRoles.HIRING_MANAGER);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Roles of Chris Donnelly saved.");
        restoreFinanceRoles();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void a_refused_change_keeps_the_ticked_roles_and_says_why() {
        AdminView view = navigate(AdminView.class);
        test(view.userFilter).setValue("rivera");
        test(view.users).select(0);

        test(view.roles).deselectItem(AppRoles.label(AppRoles.ADMIN));
        test(view.saveRoles).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("You cannot remove your own administrator role.");
        assertThat(view.roles.getValue()).doesNotContain(AppRoles.ADMIN);
        assertThat(accounts.findByUsername("admin").orElseThrow().roles()).contains(AppRoles.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void the_audit_trail_lists_recorded_changes() {
        navigate(AdminView.class);

        Grid<?> trail = $(Grid.class).id("audit-trail");
        assertThat(test(trail).size()).isPositive();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_is_shown_not_available_instead_of_administration() {
        Throwable refused = catchThrowable(() -> navigate(AdminView.class));

        assertThat(refused).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private void restoreFinanceRoles() {
        UserSummary finance = accounts.findByUsername("finance").orElseThrow();
        accounts.changeRoles(finance.id(), finance.version(), Set.copyOf(List.of(AppRoles.FINANCE)));
    }
}
