package health.staffing.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import health.staffing.ViewTest;
import health.staffing.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "reviewer", authorities = CurrentUser.MUST_CHANGE_PASSWORD)
    void a_session_with_a_temporary_password_is_sent_to_change_it_whatever_it_opens() {
        ChangePasswordView view = navigate("jobs", ChangePasswordView.class);

        assertThat(view.current.getLabel()).isEqualTo("Temporary password");
        assertThat(navigate("admin", ChangePasswordView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "CAREGIVER")
    void a_person_may_change_their_password_at_any_time() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        assertThat(view.current.getLabel()).isEqualTo("Current password");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "CAREGIVER")
    @Transactional
    void each_problem_is_shown_on_its_field_and_nothing_typed_is_lost() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.change).click();
        assertThat(view.current.getErrorMessage()).isEqualTo("Enter your current password.");

        test(view.current).setValue("leadership-demo");
        test(view.chosen).setValue("password1234");
        test(view.change).click();
        assertThat(view.chosen.isInvalid()).isTrue();
        assertThat(view.chosen.getErrorMessage()).contains("attackers try first");

        test(view.chosen).setValue("amber window orchard");
        test(view.repeated).setValue("amber window orchid");
        test(view.change).click();
        assertThat(view.repeated.getErrorMessage()).isEqualTo("The two new passwords differ; type the same one twice.");

        test(view.current).setValue("not-my-password");
        test(view.repeated).setValue("amber window orchard");
        test(view.change).click();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(view.chosen.getValue()).isEqualTo("amber window orchard");
        assertThat(view.repeated.getValue()).isEqualTo("amber window orchard");
    }
}
