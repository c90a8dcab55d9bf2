package health.staffing.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import org.junit.jupiter.api.Test;

@ViewTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_sign_in_form_posts_to_spring_security_without_an_error() {
        LoginView view = navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("User name");
    }

    @Test
    void a_failed_attempt_shows_one_message_for_unknown_user_and_wrong_password() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Incorrect user name or password");
    }
}
