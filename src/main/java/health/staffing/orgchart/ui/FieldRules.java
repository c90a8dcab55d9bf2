package health.staffing.orgchart.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import health.staffing.base.ui.component.DomainRule;
import health.staffing.base.ui.component.NumberInput;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A change dialog's fields checked by the domain's own rules before the service is asked: each
 * problem shows on its field in the rule's words, and the dialog keeps everything typed. The
 * dialog's values go to the service as typed, so the Binder has no bean to write.
 */
final class FieldRules {

    private final Binder<Object> binder = new Binder<>();

    FieldRules text(TextField field, Function<String, Optional<String>> rule) {
        binder.forField(field).withValidator(DomainRule.of(rule)).bind(ignored -> field.getValue(), FieldRules::unwritten);
        return this;
    }

    <T> FieldRules number(NumberInput<T> field, Function<T, Optional<String>> rule) {
        binder.forField(field).withConverter(field.converter()).withValidator(DomainRule.of(rule))
                .bind(ignored -> field.number().orElse(null), FieldRules::unwritten);
        return this;
    }

    /** A Binding without a setter would make its field read-only; nothing is written, there is no bean. */
    private static void unwritten(Object bean, Object value) {
    }

    /** Runs every rule and marks the fields that break one; returns their problems, none when all hold. */
    List<String> problems() {
        return binder.validate().getFieldValidationErrors().stream()
                .flatMap(status -> status.getMessage().stream()).filter(message -> !message.isBlank()).toList();
    }
}
