package health.staffing.base.ui.component;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a form validates: a Binder runs the very rule the service checks, so the field shows
 * the service's words before the service is asked, and a client that skips the form still meets
 * the same rule.
 */
public final class DomainRule {

    private DomainRule() {
    }

    /** A validator from a rule that names the problem with a value, or none. */
    public static <T> Validator<T> of(Function<T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
