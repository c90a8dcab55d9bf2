package health.staffing.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import health.staffing.ViewTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate("", Component.class);
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
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
        assertThat($(Span.class).withClassName("user-name").single().getText()).isEqualTo("Maya Okafor");
        assertThat($(Span.class).withClassName("user-roles").single().getText())
                .isEqualTo("Caregiver · Hiring manager");
    }
}
