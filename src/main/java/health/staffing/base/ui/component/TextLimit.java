package health.staffing.base.ui.component;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Validator;
import health.staffing.base.TextLimits;
import java.util.Optional;

/**
 * Puts a column's limit on a text field or area: the browser stops typing there, and the Binder
 * checks it (length and invisible characters) with the very rule the domain uses
 * ({@link TextLimits}), so a client that sends more still gets the same message on the field.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Sets a one-line field's maximum length and returns the validator to bind it with. */
    public static Validator<String> on(HasElement field, String label, int max) {
        field.getElement().setProperty("maxlength", max);
        return DomainRule.of(value -> TextLimits.problem(label, value, max));
    }

    /**
     * For forms without a Binder: shows the rule's problem on the field, or clears the field's
     * error; true when there is a problem (the caller then keeps the form open, text and all).
     */
    public static boolean refusedOn(HasValidation field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        problem.ifPresent(field::setErrorMessage);
        return problem.isPresent();
    }

    /** The same for a multi-line text area, where line breaks are allowed. */
    public static Validator<String> onText(HasElement field, String label, int max) {
        field.getElement().setProperty("maxlength", max);
        return DomainRule.of(value -> TextLimits.textProblem(label, value, max));
    }
}
