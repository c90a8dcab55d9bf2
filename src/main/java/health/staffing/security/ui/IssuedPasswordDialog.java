package health.staffing.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.security.IssuedPassword;

/**
 * Shows a temporary password once, to be handed over in person or by phone (never by email, where it
 * would stay). It is not stored in clear anywhere; closing the dialog is the last chance to read it.
 */
class IssuedPasswordDialog extends Dialog {

    final Div password = new Div();

    IssuedPasswordDialog(IssuedPassword issued, String what) {
        setHeaderTitle(what + " for " + issued.account().displayName());
        setWidth("min(30rem, 95vw)");
        password.setText(issued.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        add(new Paragraph("User name: " + issued.account().username()), new Paragraph("Temporary password:"),
                password, new Paragraph("Give it to " + issued.account().displayName() + " in person or by phone."
                        + " They choose their own password when they sign in with it. This is the only time it is"
                        + " shown."));
        Button done = new Button("I have noted it", click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
