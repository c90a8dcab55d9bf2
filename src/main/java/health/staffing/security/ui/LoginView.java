package health.staffing.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. A failed attempt shows one message for an unknown user and a wrong password alike, so
 * the page never tells which user names exist.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Leadership Staffing Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** Where a session ended by an administrator (account disabled, password reset) lands. */
    public static final String SIGNED_OUT_BY_CHANGE = "/login?ended";
    static final String PASSWORD_CHANGED = "changed";

    final LoginForm login = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    final Paragraph note = new Paragraph();

    LoginView() {
        addClassName("login-view");

        Div brand = new Div(VaadinIcon.DOCTOR_BRIEFCASE.create(), new H1("Leadership Staffing Portal"),
                new Paragraph("Find your next leadership role, approve new positions and run requisitions "
                        + "from draft to filled, with the whole organisation in view."));
        brand.addClassName("login-brand");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Incorrect user name or password");
        i18n.getErrorMessage().setMessage("Check that you entered them correctly and try again. After "
                + "5 failed attempts, sign-in pauses for a few minutes.");
        i18n.setAdditionalInformation("Forgot your password? The service desk can ask an administrator for a"
                + " temporary one, which you replace when you sign in.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        note.addClassName("login-note");
        note.getElement().setAttribute("role", "status");
        note.setVisible(false);
        Div card = new Div(note, login);
        card.addClassName("login-card");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey(PASSWORD_CHANGED)) {
            note.setText("Your password is changed. Sign in with the new one.");
        } else if (parameters.containsKey("ended")) {
            note.setText("You were signed out because your account changed (its password was reset or it was"
                    + " disabled). Sign in again, or ask the service desk.");
        }
        note.setVisible(!note.getText().isEmpty());
    }
}
