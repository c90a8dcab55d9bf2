package health.staffing.base.ui.component;

import com.vaadin.flow.component.HasValidation;
import health.staffing.base.TextLimits;
import java.util.Optional;

/**
 * For forms without a Binder: shows the domain's text rule ({@link TextLimits}) on the field. Forms
 * with a Binder bind the rule itself through {@link DomainRule}.
 */
public final class TextLimit {

    private TextLimit() {
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
}
