package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.offers.OfferTerms;
import java.util.Optional;
import java.util.function.Consumer;

/** Asks for the reason a decline or a rescission needs; a reason the rules refuse stays in the dialog. */
final class OfferReasonDialog extends Dialog {
    final TextArea reason = new TextArea();
    final Button confirm = new Button("Confirm");
    private Consumer<String> action = reason -> { };

    OfferReasonDialog() {
        reason.setWidthFull();
        reason.setMaxLength(OfferTerms.MAX_TEXT);
        reason.setRequired(true);
        reason.setId("offer-reason");
        confirm.setId("offer-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> {
            // The service's own rule, checked here so a refused reason stays in the open dialog.
            Optional<String> problem = TextLimits.isBlank(reason.getValue()) ? Optional.of("Give a reason.")
                    : TextLimits.textProblem("The reason", reason.getValue(), OfferTerms.MAX_TEXT);
            if (TextLimit.refusedOn(reason, problem)) {
                return;
            }
            close();
            action.accept(reason.getValue());
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        add(reason);
    }

    void open(String title, String label, Consumer<String> action) {
        this.action = action;
        setHeaderTitle(title);
        reason.setLabel(label);
        reason.clear();
        reason.setInvalid(false);
        open();
    }
}
