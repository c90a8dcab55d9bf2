package health.staffing.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
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
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.AuditTrailGrid;
import health.staffing.base.ui.component.Badge;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/** Administration: who holds which roles, and the audit trail of every change. */
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
    private final H3 selectedUser = new H3("Select a user");
    private UserSummary selected;

    AdminView(UserAccountService accounts, AuditLog auditLog) {
        this.accounts = accounts;
        addClassNames("admin-view", "page");
        // Two headed sections, not a TabSheet: Vaadin's tab strip puts a focusable scroller inside its
        // tablist, which axe reports as a critical violation (aria-required-children).
        Section users = new Section(new H3("Users and roles"), usersAndRoles());
        Section audit = new Section(new H3("Audit trail"), auditTrail(auditLog));
        users.addClassName("admin-section");
        audit.addClassName("admin-section");
        // Approval chains are edited on their own screen in the approvals feature (by route, no type dependency).
        Anchor approvalChains = new Anchor("admin/approval-chains", "Approval chains →");
        approvalChains.setId("approval-chains-link");
        add(approvalChains, users, audit);
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
        users.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
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
        saveRoles.addClickListener(click -> save());

        Div editor = new Div(selectedUser, roles, saveRoles);
        editor.addClassName("side-editor");
        Div list = new Div(userFilter, users);
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

    private void select(UserSummary user) {
        selected = user;
        selectedUser.setText(user == null ? "Select a user" : user.displayName());
        roles.setValue(user == null ? Set.of() : user.roles());
        roles.setEnabled(user != null);
        saveRoles.setEnabled(user != null);
    }

    private void save() {
        try {
            UserSummary saved = accounts.changeRoles(selected.id(), selected.version(), roles.getValue());
            users.getDataProvider().refreshAll();
            select(saved);
            Notification.show("Roles of " + saved.displayName() + " saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refused) {
            // Keep the ticked boxes: the administrator decides whether to reload or adjust.
            Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    private static Component auditTrail(AuditLog auditLog) {
        AuditTrailGrid grid = new AuditTrailGrid(auditLog, true);
        grid.setId("audit-trail");
        grid.setHeight("32rem");
        Paragraph help = new Paragraph("Every state change, newest first: who made it, when, and the state before and"
                + " after."
                + (CurrentUser.isHr() ? "" : " Events about candidates (applications, scores, offers) are HR's and"
                        + " are not listed here."));
        help.addClassName("panel-description");
        return new Div(help, grid);
    }
}
