package health.staffing.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.security.SignInOptions;
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

    @Test
    void without_a_directory_there_is_no_single_sign_on_button_and_the_form_shows_at_once() {
        LoginView view = navigate(LoginView.class);

        assertThat(view.sso.isAttached()).isFalse();
        assertThat(view.emergency.isAttached()).isFalse();
        assertThat(view.login.isAttached()).isTrue();
    }

    @Test
    void a_refused_single_sign_on_says_why_and_an_unknown_code_says_it_failed() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.SSO_REFUSED, "not-in-directory"));
        assertThat(((LoginView) getCurrentView()).note.getText()).contains("not in the portal's employee directory");

        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.SSO_REFUSED, "<script>"));
        assertThat(((LoginView) getCurrentView()).note.getText()).startsWith("Single sign-on did not complete");
    }

    @Test
    void with_single_sign_on_and_break_glass_passwords_the_form_is_folded_away_for_emergency_administrators() {
        LoginView view = new LoginView(new SignInOptions("Staffing Example Health", null, false));

        assertThat(view.sso.getText()).isEqualTo("Sign in with Staffing Example Health");
        assertThat(view.sso.getHref()).isEqualTo(SignInOptions.SSO_START);
        assertThat(view.emergency.getSummaryText()).isEqualTo("Emergency administrator sign-in");
        assertThat(view.emergency.isOpened()).isFalse();
        assertThat(view.login.getParent()).isPresent();
        assertThat(view.login.getParent().get().getParent()).isNotEmpty();
        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Sign in with a portal password");
    }

    @Test
    void with_ldap_the_form_asks_for_the_network_account() {
        LoginView view = new LoginView(new SignInOptions(null, "your MGB network account", false));

        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Sign in with your MGB network account");
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Network user name");
        assertThat(view.i18n.getAdditionalInformation()).startsWith("Forgot your password? Reset it as you would");
        assertThat(view.emergency.isAttached()).isFalse();
    }
}
