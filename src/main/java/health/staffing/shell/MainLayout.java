package health.staffing.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import health.staffing.base.ui.Markup;
import health.staffing.notifications.NotificationService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shell around every signed-in screen: brand, a side navigation built from the views' {@code @Menu}
 * entries (Vaadin drops the entries the user may not open), who is signed in with a sign-out, and the
 * notification bell.
 */
@Layout
@PermitAll
@Uses(SideNav.class) // the side-nav web component of the navigation's markup
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

        Div navigation = createSideNav();
        navigation.addClassName("nav-scroller");
        addToDrawer(createBrand(), navigation, createUserPanel());
    }

    /**
     * The brand as one element of static markup: the shell is on every page of every session, and each
     * element costs the server memory for as long as the page is open (issue 17).
     */
    private static Component createBrand() {
        Div brand = new Div();
        brand.addClassName("brand");
        brand.getElement().setProperty("innerHTML", "<vaadin-icon class='brand-logo' icon='vaadin:doctor-briefcase'>"
                + "</vaadin-icon><div><span class='brand-name'>Leadership Staffing</span>"
                + "<span class='brand-tagline'>Physician &amp; executive roles</span></div>");
        return brand;
    }

    /**
     * The side navigation as markup for Vaadin's side-nav web component rather than as Flow components: it
     * is on every page of every session, and its items with their icons cost each open page some 17 KB on
     * the server (issue 17). The browser marks the current item and follows an item without reloading the
     * page, as with the Flow component. Vaadin drops the entries this person may not open.
     */
    private static Div createSideNav() {
        Div nav = new Div();
        nav.setId("main-menu");
        nav.getElement().setProperty("innerHTML", navigationMarkup(MenuConfiguration.getMenuEntries()));
        return nav;
    }

    static String navigationMarkup(List<MenuEntry> entries) {
        StringBuilder markup = new StringBuilder("<vaadin-side-nav class='main-nav' aria-label='Main menu'>");
        for (MenuEntry entry : entries) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            markup.append("<vaadin-side-nav-item path='").append(Markup.escape(path)).append('\'')
                    .append(path.isEmpty() ? "" : " match-nested").append('>');
            String icon = entry.icon();
            if (icon != null) {
                markup.append("<vaadin-icon slot='prefix' icon='").append(Markup.escape(icon)).append("'></vaadin-icon>");
            }
            markup.append(Markup.escape(entry.title())).append("</vaadin-side-nav-item>");
        }
        return markup.append("</vaadin-side-nav>").toString();
    }

    private Component createUserPanel() {
        Avatar avatar = new Avatar(displayName);
        avatar.addClassName("user-avatar");
        String roles = CurrentUser.roles().stream().sorted().map(AppRoles::label).collect(Collectors.joining(" · "));
        Div who = new Div();
        who.getElement().setProperty("innerHTML", whoMarkup(displayName, roles));
        who.addClassName("user-who");

        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        signOut.setId("sign-out");

        // By address, not by class: the change-password view belongs to security's views.
        Anchor changePassword = new Anchor("account/password", "Change password");
        changePassword.setId("change-password");
        changePassword.addClassName("user-link");

        Div person = new Div(avatar, who);
        person.addClassName("user-person");
        Div panel = new Div(person, changePassword, signOut);
        panel.addClassName("user-panel");
        return panel;
    }

    /** Name and roles as one element's markup: the shell is in every session (issue 17). */
    static String whoMarkup(String displayName, String roles) {
        return "<span class='user-name'>" + Markup.escape(displayName) + "</span><span class='user-roles'>"
                + Markup.escape(roles) + "</span>";
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // A property rather than a text node: an element less on every page (issue 17).
        pageTitle.getElement().setProperty("innerHTML",
                Markup.escape(MenuConfiguration.getPageHeader(getContent()).orElse("")));
        notificationBell.refreshCount();
    }
}
