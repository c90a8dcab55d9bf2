package health.staffing.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import health.staffing.notifications.NotificationService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shell around every signed-in screen: brand, a side navigation built from the views' {@code @Menu}
 * entries (Vaadin drops the entries the user may not open), who is signed in with a sign-out, and the
 * notification bell.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authenticationContext;
    private final Span pageTitle = new Span();
    private final NotificationBell notificationBell;

    private final String displayName;

    MainLayout(AuthenticationContext authenticationContext, UserAccountService accounts,
            NotificationService notifications, Clock clock) {
        this.authenticationContext = authenticationContext;
        String username = Objects.requireNonNullElse(CurrentUser.username(), ""); // the layout is behind sign-in
        this.displayName = accounts.findByUsername(username).map(UserSummary::displayName).orElse(username);
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        pageTitle.addClassName("page-title");
        notificationBell = new NotificationBell(notifications, clock);
        addToNavbar(toggle, pageTitle, notificationBell);

        Scroller navigation = new Scroller(createSideNav());
        navigation.addClassName("nav-scroller");
        addToDrawer(createBrand(), navigation, createUserPanel());
    }

    private static Component createBrand() {
        Icon logo = VaadinIcon.DOCTOR_BRIEFCASE.create();
        logo.addClassName("brand-logo");
        Span name = new Span("Leadership Staffing");
        name.addClassName("brand-name");
        Span tagline = new Span("Physician & executive roles");
        tagline.addClassName("brand-tagline");
        Div text = new Div(name, tagline);
        HorizontalLayout brand = new HorizontalLayout(logo, text);
        brand.addClassName("brand");
        brand.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return brand;
    }

    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        SideNavItem item = entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        item.setMatchNested(!entry.path().isEmpty() && !"/".equals(entry.path()));
        return item;
    }

    private Component createUserPanel() {
        Avatar avatar = new Avatar(displayName);
        avatar.addClassName("user-avatar");
        Span name = new Span(displayName);
        name.addClassName("user-name");
        Span roles = new Span(CurrentUser.roles().stream().sorted().map(AppRoles::label).collect(Collectors.joining(" · ")));
        roles.addClassName("user-roles");
        Div who = new Div(name, roles);
        who.addClassName("user-who");

        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        signOut.setId("sign-out");

        // By address, not by class: the change-password view belongs to security's views.
        Anchor changePassword = new Anchor("account/password", "Change password");
        changePassword.setId("change-password");
        changePassword.addClassName("user-link");

        HorizontalLayout person = new HorizontalLayout(avatar, who);
        person.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div panel = new Div(person, changePassword, signOut);
        panel.addClassName("user-panel");
        return panel;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        notificationBell.refreshCount();
    }
}
