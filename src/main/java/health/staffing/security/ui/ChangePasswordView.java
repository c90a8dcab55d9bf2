package health.staffing.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import health.staffing.base.DomainException;
import health.staffing.security.CurrentUser;
import health.staffing.security.PasswordRules;
import health.staffing.security.UserAccountService;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Choose your own password: after signing in with a temporary one (the only page such a session may
 * open), or at any time from the user menu. The new password is checked by the same rules as in the
 * service while typing; once changed, every session of the account ends and its owner signs in again
 * with the new password, which proves it works.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PageTitle("Change password · Leadership Staffing Portal")
@PermitAll
public class ChangePasswordView extends Main {

    public static final String ROUTE = "account/password";

    private final UserAccountService accounts;
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button change = new Button("Change password");

    ChangePasswordView(UserAccountService accounts, AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        addClassNames("login-view", "change-password-view");
        boolean forced = CurrentUser.mustChangePassword();

        Div brand = new Div(VaadinIcon.DOCTOR_BRIEFCASE.create(), new H1("Leadership Staffing Portal"),
                new Paragraph(forced
                        ? "You signed in with a temporary password from an administrator. Choose your own before"
                                + " you continue; nobody else will know it."
                        : "Choose a new password. Every place you are signed in will sign out, and you sign in"
                                + " again with the new one."));
        brand.addClassName("login-brand");

        current.setLabel(forced ? "Temporary password" : "Current password");
        current.setRequired(true);
        current.setMaxLength(PasswordRules.MAX_LENGTH);
        chosen.setRequired(true);
        chosen.setMaxLength(PasswordRules.MAX_LENGTH);
        chosen.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters; a few unrelated words make a"
                + " good password. No rules about digits or symbols.");
        repeated.setRequired(true);
        repeated.setMaxLength(PasswordRules.MAX_LENGTH);
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
            field.addValueChangeListener(edit -> field.setInvalid(false));
        }
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.setWidthFull();
        change.addClickShortcut(Key.ENTER);
        change.addClickListener(click -> change());

        Div form = new Div(new H2("Change password"), current, chosen, repeated, change);
        form.addClassName("change-password-form");
        if (!forced) {
            form.add(new Anchor("", "Back to the portal"));
        } else {
            // The same sign-out as the user menu's (the menu is not shown on this page).
            Button signOut = new Button("Sign out instead", click -> authenticationContext.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.setId("sign-out-instead");
            form.add(signOut);
        }
        Div card = new Div(form);
        card.addClassName("login-card");
        add(brand, card);
    }

    private void change() {
        if (current.isEmpty()) {
            refuse(current, "Enter your " + current.getLabel().toLowerCase() + ".");
            return;
        }
        var problem = PasswordRules.problem(chosen.getValue(), CurrentUser.username());
        if (problem.isPresent()) {
            refuse(chosen, problem.get());
            return;
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            refuse(repeated, "The two new passwords differ; type the same one twice.");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (DomainException refused) {
            refuse(refused.getMessage().startsWith("The current password") ? current : chosen, refused.getMessage());
            return;
        }
        // Sign out here and now, the classic Vaadin way: the next page is the sign-in page with a note.
        UI.getCurrent().getPage().setLocation("login?" + LoginView.PASSWORD_CHANGED);
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
