package health.staffing.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.AuditTrailGrid;
import health.staffing.base.ui.component.Badge;
import health.staffing.people.EmployeeService;
import health.staffing.security.AccountSource;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.IssuedPassword;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Administration: accounts (open, disable, re-enable, reset a password), who holds which roles, and
 * the audit trail of every change.
 */
@Route("admin")
@PageTitle("Administration")
@Menu(order = 90, icon = "vaadin:cog", title = "Administration")
@RolesAllowed(AppRoles.ADMIN)
class AdminView extends Main {

    private final UserAccountService accounts;

    final TextField userFilter = new TextField("Search users");
    final Grid<UserSummary> users = new Grid<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final Button saveRoles = new Button("Save roles");
    final Button newAccount = new Button("New account", VaadinIcon.PLUS.create());
    final Paragraph status = new Paragraph();
    final Button resetPassword = new Button("Reset password");
    final Button disableOrEnable = new Button("Disable account");
    private final H3 selectedUser = new H3("Select a user");
    private final EmployeeService employees;
    private @Nullable UserSummary selected;

    AdminView(UserAccountService accounts, EmployeeService employees, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        addClassNames("admin-view", "page");
        // Two headed sections, not a TabSheet: Vaadin's tab strip puts a focusable scroller inside its
        // tablist, which axe reports as a critical violation (aria-required-children).
        Section users = new Section(new H3("Users and roles"), usersAndRoles());
        Section audit = new Section(new H3("Audit trail"), auditTrail(auditLog, clock));
        users.addClassName("admin-section");
        audit.addClassName("admin-section");
        // Approval chains are edited on their own screen in the approvals feature (by route, no type dependency).
        Anchor approvalChains = new Anchor("admin/approval-chains", "Approval chains →");
        approvalChains.setId("approval-chains-link");
        add(approvalChains, users, audit);
        select(null);
    }

    private Component usersAndRoles() {
        userFilter.setPlaceholder("Name or user name");
        userFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        userFilter.setClearButtonVisible(true);
        userFilter.setValueChangeMode(ValueChangeMode.LAZY);
        userFilter.addValueChangeListener(change -> users.getDataProvider().refreshAll());

        users.setId("users");
        users.addColumn(UserSummary::displayName).setHeader("Name").setFlexGrow(2);
        users.addColumn(UserSummary::username).setHeader("User name").setFlexGrow(1);
        users.addComponentColumn(AdminView::roleBadges).setHeader("Roles").setFlexGrow(3);
        users.addColumn(AdminView::statusOf).setHeader("Status").setWidth("10rem").setFlexGrow(0);
        users.addColumn(user -> shortSourceOf(user.source())).setHeader("Sign-in").setWidth("6.5rem").setFlexGrow(0)
                .setTooltipGenerator(user -> sourceOf(user.source()));
        users.addColumn(user -> Dates.day(user.lastSignInAt())).setHeader("Last sign-in").setWidth("8.5rem")
                .setFlexGrow(0);
        users.setItems(query -> accounts.search(userFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        users.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
        users.setHeight("28rem");

        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(AppRoles::label);
        roles.setItemEnabledProvider(role -> !AppRoles.CAREGIVER.equals(role));
        roles.setHelperText("Every employee is a caregiver; that role cannot be removed.");
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setEnabled(false);
        saveRoles.addThemeVariants(ButtonVariant.PRIMARY);
        saveRoles.setEnabled(false);
        saveRoles.addClickListener(click -> withSelected(this::saveRoles));

        newAccount.setId("new-account");
        newAccount.addClickListener(click -> new NewAccountDialog(accounts, employees, this::opened).open());
        status.setId("account-status");
        resetPassword.setId("reset-password");
        resetPassword.addClickListener(click -> withSelected(user -> confirm("Reset the password of "
                + user.displayName() + "?", "They are signed out everywhere and can sign in only with the temporary"
                + " password you hand over.", "Reset password", () -> reset(user))));
        disableOrEnable.setId("disable-or-enable");
        disableOrEnable.addClickListener(click -> withSelected(user -> {
            if (user.enabled()) {
                confirm("Disable the account of " + user.displayName() + "?", "They are signed out everywhere"
                        + " and cannot sign in until the account is enabled again. Their records stay.",
                        "Disable account", () -> act(() -> accounts.disable(user.id(), user.version()), "disabled"));
            } else {
                act(() -> accounts.enable(user.id(), user.version()), "enabled");
            }
        }));
        resetPassword.addThemeVariants(ButtonVariant.SMALL);
        disableOrEnable.addThemeVariants(ButtonVariant.SMALL);
        Div actions = new Div(resetPassword, disableOrEnable);
        actions.addClassName("account-actions");

        Div editor = new Div(selectedUser, status, actions, roles, saveRoles);
        editor.addClassName("side-editor");
        Div searchRow = new Div(userFilter, newAccount);
        searchRow.addClassName("toolbar-row");
        Div list = new Div(searchRow, users);
        list.addClassName("grow");
        Div layout = new Div(list, editor);
        layout.addClassName("master-detail");
        return layout;
    }

    private static Component roleBadges(UserSummary user) {
        Div badges = new Div();
        badges.addClassName("role-badges");
        user.roles().forEach(role -> badges.add(new Badge(AppRoles.label(role))));
        return badges;
    }

    private void select(@Nullable UserSummary user) {
        selected = user;
        selectedUser.setText(user == null ? "Select a user" : user.displayName());
        roles.setValue(user == null ? Set.of() : user.roles());
        boolean directoryRoles = user != null && accounts.rolesFollowDirectory(user.source());
        roles.setEnabled(user != null && !directoryRoles);
        saveRoles.setEnabled(user != null && !directoryRoles);
        roles.setHelperText(directoryRoles ? "These roles follow the person's directory groups at every sign-in;"
                + " change the groups in the directory." : "Every employee is a caregiver; that role cannot be removed.");
        status.setText(user == null ? "" : statusOf(user) + " · signs in as " + user.username() + " ("
                + sourceOf(user.source()).toLowerCase(Locale.ROOT) + ") · " + (user.lastSignInAt() == null
                        ? "never signed in" : "last sign-in " + Dates.moment(user.lastSignInAt())));
        // A directory account's password lives in the directory: a portal password would bypass it.
        resetPassword.setEnabled(user != null && user.source() == AccountSource.LOCAL);
        disableOrEnable.setEnabled(user != null);
        disableOrEnable.setText(user == null || user.enabled() ? "Disable account" : "Enable account");
    }

    /** What the narrow column shows; the tooltip and the editor say it in full. */
    private static String shortSourceOf(AccountSource source) {
        return switch (source) {
            case LOCAL -> "Password";
            case OIDC -> "SSO";
            case LDAP -> "LDAP";
            case SCIM -> "SCIM";
        };
    }

    private static String sourceOf(AccountSource source) {
        return switch (source) {
            case LOCAL -> "Portal password";
            case OIDC -> "Single sign-on";
            case LDAP -> "Network (LDAP)";
            case SCIM -> "Provisioned";
        };
    }

    private static String statusOf(UserSummary user) {
        if (!user.enabled()) {
            return "Disabled";
        }
        return user.mustChangePassword() ? "Active, temporary password" : "Active";
    }

    private void opened(IssuedPassword issued) {
        userFilter.setValue(issued.account().username());
        users.getDataProvider().refreshAll();
        users.select(issued.account());
        select(issued.account());
        new IssuedPasswordDialog(issued, "Account opened").open();
    }

    /** The buttons act on the selected account; they are disabled while none is. */
    private void withSelected(Consumer<UserSummary> action) {
        UserSummary user = selected;
        if (user != null) {
            action.accept(user);
        }
    }

    private void reset(UserSummary user) {
        try {
            IssuedPassword issued = accounts.resetPassword(user.id(), user.version());
            refreshWith(issued.account());
            new IssuedPasswordDialog(issued, "New temporary password").open();
        } catch (DomainException refused) {
            warn(refused.getMessage());
        }
    }

    private void act(Supplier<UserSummary> change, String done) {
        try {
            UserSummary changed = change.get();
            refreshWith(changed);
            Notification.show("The account of " + changed.displayName() + " is " + done + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refused) {
            warn(refused.getMessage());
        }
    }

    private void refreshWith(UserSummary changed) {
        users.getDataProvider().refreshAll();
        select(changed);
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.WARNING);
    }

    private static void confirm(String question, String consequence, String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(question, consequence, action, event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void saveRoles(UserSummary user) {
        try {
            UserSummary saved = accounts.changeRoles(user.id(), user.version(), roles.getValue());
            users.getDataProvider().refreshAll();
            select(saved);
            Notification.show("Roles of " + saved.displayName() + " saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refused) {
            // Keep the ticked boxes: the administrator decides whether to reload or adjust.
            warn(refused.getMessage());
        }
    }

    private static Component auditTrail(AuditLog auditLog, Clock clock) {
        AuditTrailGrid grid = new AuditTrailGrid(auditLog, true);
        grid.setId("audit-trail");
        grid.setHeight("32rem");
        Paragraph help = new Paragraph("Every state change, newest first: who made it, when, and the state before and"
                + " after."
                + (CurrentUser.isHr() ? "" : " Events about candidates (applications, scores, offers) are HR's and"
                        + " are not listed here."));
        help.addClassName("panel-description");
        return new Div(help, grid.exports("audit-trail", auditLog, clock), grid);
    }
}
