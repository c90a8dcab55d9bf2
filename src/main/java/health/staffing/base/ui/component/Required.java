package health.staffing.base.ui.component;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import health.staffing.base.TextLimits;

/**
 * A required text for a Binder's {@code asRequired}: spaces alone (of any kind) count as empty, so the message
 * shows under the field itself instead of coming back from the service at the top of the form.
 */
public final class Required {

    private Required() {
    }

    public static Validator<String> text(String message) {
        return (value, context) -> TextLimits.isBlank(value) ? ValidationResult.error(message)
                : ValidationResult.ok();
    }
}
