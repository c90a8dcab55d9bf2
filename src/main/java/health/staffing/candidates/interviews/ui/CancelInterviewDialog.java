package health.staffing.candidates.interviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.interviews.InterviewRules;
import java.util.Optional;
import java.util.function.Predicate;

/** Asks why an interview is cancelled: the candidate and the panel read it in the cancellation. */
class CancelInterviewDialog extends Dialog {

    final TextArea reason = new TextArea("Why is the interview cancelled?");
    final Button confirm = new Button("Cancel the interview");
    private Predicate<String> action = reason -> true;

    CancelInterviewDialog() {
        setHeaderTitle("Cancel the interview");
        reason.setId("interview-cancel-reason");
        reason.setWidthFull();
        reason.setMaxLength(InterviewRules.MAX_NOTE);
        reason.setHelperText("The candidate and the panel read this.");
        confirm.setId("interview-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(click -> {
            Optional<String> problem = TextLimits.isBlank(reason.getValue()) ? Optional.of("Say why.")
                    : InterviewRules.note(reason.getValue());
            if (!TextLimit.refusedOn(reason, problem) && action.test(reason.getValue())) {
                close();
            }
        });
        add(reason);
        getFooter().add(new Button("Keep it", click -> close()), confirm);
    }

    void open(Predicate<String> action) {
        this.action = action;
        reason.clear();
        reason.setInvalid(false);
        open();
    }
}
