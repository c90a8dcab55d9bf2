package health.staffing.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import health.staffing.ViewTest;
import health.staffing.shell.NotFoundView;
import health.staffing.security.AppRoles;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

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
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("export-audit-trail-csv").getText()).isEqualTo("CSV");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("export-audit-trail-xlsx").getText())
                .isEqualTo("Excel");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_is_shown_not_available_instead_of_administration() {
        Throwable refused = catchThrowable(() -> navigate(AdminView.class));

        assertThat(refused).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void an_administrator_opens_an_account_and_sees_its_temporary_password_once() {
        AdminView view = navigate(AdminView.class);
        test(view.newAccount).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();

        test(dialog.username).setValue("Dr Who");
        test(dialog.displayName).setValue("Morgan Hale");
        test(dialog.open).click();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("letters a–z, digits and . _ - @ only");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.username).setValue("morgan.hale");
        test(dialog.roles).selectItem(AppRoles.label(AppRoles.HIRING_MANAGER));
        test(dialog.open).click();

        IssuedPasswordDialog issued = $(IssuedPasswordDialog.class).single();
        assertThat(issued.password.getText()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        UserSummary opened = accounts.findByUsername("morgan.hale").orElseThrow();
        assertThat(opened.roles()).containsExactlyInAnyOrder(AppRoles.HIRING_MANAGER, AppRoles.CAREGIVER);
        assertThat(opened.mustChangePassword()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Active, temporary password · signs in as morgan.hale (portal password) · never signed in");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void a_taken_user_name_is_refused_in_the_dialog_and_everything_typed_stays() {
        AdminView view = navigate(AdminView.class);
        test(view.newAccount).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();

        test(dialog.username).setValue("recruiter");
        test(dialog.displayName).setValue("Another Sam");
        test(dialog.open).click();

        assertThat(dialog.refusal.getText()).isEqualTo("The user name recruiter is already taken.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.displayName.getValue()).isEqualTo("Another Sam");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void an_administrator_disables_and_enables_an_account_after_confirming() {
        AdminView view = navigate(AdminView.class);
        test(view.userFilter).setValue("Donnelly");
        test(view.users).select(0);

        test(view.disableOrEnable).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(accounts.findByUsername("finance").orElseThrow().enabled()).isFalse();
        assertThat(view.status.getText()).startsWith("Disabled");
        assertThat(view.disableOrEnable.getText()).isEqualTo("Enable account");

        test(view.disableOrEnable).click();
        assertThat(accounts.findByUsername("finance").orElseThrow().enabled()).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The account of Chris Donnelly is enabled.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void an_administrator_resets_a_password_and_cannot_reset_their_own() {
        AdminView view = navigate(AdminView.class);
        test(view.userFilter).setValue("reviewer");
        test(view.users).select(0);
        test(view.resetPassword).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(IssuedPasswordDialog.class).single().password.getText()).hasSize(19);
        assertThat(accounts.findByUsername("reviewer").orElseThrow().mustChangePassword()).isTrue();

        test(view.userFilter).setValue("rivera");
        test(view.users).select(0);
        test(view.resetPassword).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(test($(Notification.class).last()).getText()).contains("Change your own password");
    }

    private void restoreFinanceRoles() {
        UserSummary finance = accounts.findByUsername("finance").orElseThrow();
        accounts.changeRoles(finance.id(), finance.version(), Set.copyOf(List.of(AppRoles.FINANCE)));
    }
}
