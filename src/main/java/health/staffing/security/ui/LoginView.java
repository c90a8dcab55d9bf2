package health.staffing.security.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
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
import health.staffing.security.SignInOptions;
import health.staffing.security.SignInRefused.Reason;

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
    /** Where the identity provider sends a person back after signing out there too. */
    public static final String SIGNED_OUT = "/login?signed-out";
    /** The parameter that says why single sign-on was refused ({@link Reason#code()}). */
    public static final String SSO_REFUSED = "sso-refused";
    static final String PASSWORD_CHANGED = "changed";

    final LoginForm login = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    final Paragraph note = new Paragraph();
    /** "Sign in with <organisation>", when single sign-on is on. */
    final Anchor sso = new Anchor(SignInOptions.SSO_START);
    /** The password form folded away for the emergency administrators, when only they use it. */
    final Details emergency = new Details("Emergency administrator sign-in");

    LoginView(SignInOptions options) {
        addClassName("login-view");

        Div brand = new Div(VaadinIcon.DOCTOR_BRIEFCASE.create(), new H1("Leadership Staffing Portal"),
                new Paragraph("Find your next leadership role, approve new positions and run requisitions "
                        + "from draft to filled, with the whole organisation in view."));
        brand.addClassName("login-brand");

        i18n.getForm().setTitle(options.sso() ? "Sign in with a portal password" : "Sign in");
        i18n.getForm().setUsername("User name");
        i18n.setAdditionalInformation("Forgot your password? The service desk can ask an administrator for a"
                + " temporary one, which you replace when you sign in.");
        if (options.networkAccount() != null) {
            i18n.getForm().setTitle("Sign in with " + options.networkAccount());
            i18n.getForm().setUsername("Network user name");
            // The password lives in the directory: the portal cannot issue a temporary one for it.
            i18n.setAdditionalInformation("Forgot your password? Reset it as you would for your network account;"
                    + " the service desk can help.");
        }
        i18n.getErrorMessage().setTitle("Incorrect user name or password");
        i18n.getErrorMessage().setMessage("Check that you entered them correctly and try again. After "
                + "5 failed attempts, sign-in pauses for a few minutes.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        note.addClassName("login-note");
        note.getElement().setAttribute("role", "status");
        note.setVisible(false);
        Div card = new Div(note);
        card.addClassName("login-card");
        if (options.sso()) {
            sso.setText("Sign in with " + options.ssoOrganisation());
            sso.setRouterIgnore(true); // a full page load: Spring Security starts the provider's sign-in
            sso.addClassName("login-sso");
            sso.setId("sso-sign-in");
            card.add(sso);
        }
        if (options.formFirst()) {
            if (options.sso()) {
                Paragraph or = new Paragraph("or");
                or.addClassName("login-or");
                card.add(or);
            }
            card.add(login);
        } else {
            emergency.add(new Paragraph("For administrators when single sign-on is unavailable. Every sign-in is"
                    + " audited."), login);
            emergency.addClassName("login-emergency");
            card.add(emergency);
        }
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        emergency.setOpened(parameters.containsKey("error"));
        if (parameters.containsKey(SSO_REFUSED)) {
            note.setText(Reason.ofCode(parameters.get(SSO_REFUSED).getFirst()).message());
            note.addClassName("login-note-refused");
        } else if (parameters.containsKey("signed-out")) {
            note.setText("You are signed out of the portal and of your organisation's sign-in.");
        } else if (parameters.containsKey(PASSWORD_CHANGED)) {
            note.setText("Your password is changed. Sign in with the new one.");
        } else if (parameters.containsKey("ended")) {
            note.setText("You were signed out because your account changed (its password was reset or it was"
                    + " disabled). Sign in again, or ask the service desk.");
        }
        note.setVisible(!note.getText().isEmpty());
    }
}
