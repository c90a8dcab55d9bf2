package health.staffing.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.menu.MenuEntry;
import health.staffing.ViewTest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.ClassUtils;

@ViewTest
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate("", Component.class);
        return SideMenu.labels($(Div.class).id("main-menu").getElement().getProperty("innerHTML"));
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_sees_no_administration_entry() {
        assertThat(menu()).containsExactly("Home", "Jobs", "My applications", "Reviews", "Approvals", "Org chart");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_administrator_sees_the_administration_entry() {
        // Administrators administer: no candidate data (Candidates, Offer exceptions) unless they also recruit.
        assertThat(menu()).containsExactly("Home", "Dashboard", "Jobs", "My applications", "Reviews", "Requisitions",
                "Approvals", "Approval history", "Org chart", "Employees", "Message templates", "Administration",
                "Approval chains");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_shell_shows_who_is_signed_in_and_offers_sign_out() {
        navigate("", Component.class);

        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
        // Name and roles are one element's markup (a shell element fewer per line in every session).
        assertThat($(Div.class).withClassName("user-who").single().getElement().getProperty("innerHTML"))
                .isEqualTo("<span class='user-name'>Maya Okafor</span>"
                        + "<span class='user-roles'>Caregiver · Hiring manager</span>");
    }

    @Test
    void every_menu_icon_is_one_of_vaadins_icons() {
        // A name that is not in the icon set draws nothing, silently (Approval chains had "flow-tree").
        Set<String> known = Arrays.stream(VaadinIcon.values())
                .map(icon -> "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.toSet());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = scanner.findCandidateComponents("health.staffing").stream()
                .map(view -> ClassUtils.resolveClassName(Objects.requireNonNull(view.getBeanClassName()), null))
                .map(view -> view.getAnnotation(Menu.class).icon()).toList();

        assertThat(icons).isNotEmpty().allSatisfy(icon -> assertThat(known).contains(icon));
    }

    @Test
    void the_menu_markup_nests_all_but_home_and_escapes_every_value() {
        String markup = MainLayout.navigationMarkup(List.of(
                new MenuEntry("", "Home", 0.0, "vaadin:home", Component.class),
                new MenuEntry("/jobs", "Jobs & <roles>", 1.0, "vaadin:briefcase", Component.class),
                new MenuEntry("reviews", "Reviews", 2.0, null, Component.class)));

        assertThat(markup).isEqualTo("<vaadin-side-nav class='main-nav' aria-label='Main menu'>"
                + "<vaadin-side-nav-item path=''><vaadin-icon slot='prefix' icon='vaadin:home'></vaadin-icon>Home"
                + "</vaadin-side-nav-item><vaadin-side-nav-item path='jobs' match-nested><vaadin-icon slot='prefix' "
                + "icon='vaadin:briefcase'></vaadin-icon>Jobs &amp; &lt;roles&gt;</vaadin-side-nav-item>"
                + "<vaadin-side-nav-item path='reviews' match-nested>Reviews</vaadin-side-nav-item></vaadin-side-nav>");
        assertThat(SideMenu.labels(markup)).containsExactly("Home", "Jobs & <roles>", "Reviews");
    }

    @Test
    void a_name_that_looks_like_markup_is_shown_as_text() {
        assertThat(MainLayout.whoMarkup("<b onmouseover=alert(1)>Maya</b> & Co", "Caregiver"))
                .isEqualTo("<span class='user-name'>&lt;b onmouseover=alert(1)&gt;Maya&lt;/b&gt; &amp; Co</span>"
                        + "<span class='user-roles'>Caregiver</span>");
    }
}
