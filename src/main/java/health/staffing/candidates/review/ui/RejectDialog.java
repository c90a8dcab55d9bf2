package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.StageRules;
import java.util.function.BiFunction;

/**
 * Rejecting applications: HR's reason, which stays in the record and which the candidate never
 * reads, and an optional message that the candidate reads under My applications next to "Not
 * selected". Checked by the same {@link StageRules} as the service; the dialog stays open, with what
 * was typed, until the rejection succeeds.
 */
class RejectDialog extends Dialog {

    final TextArea reason = new TextArea("Reason (internal: the candidate never sees it)");
    final TextArea message = new TextArea("Message to the candidate (optional)");
    final Button confirm = new Button("Reject");

    /** @param reject moves the selection to REJECTED with (reason, message); true when it did */
    RejectDialog(int count, BiFunction<String, String, Boolean> reject) {
        setHeaderTitle("Reject " + count + (count == 1 ? " application?" : " applications?"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(StageRules.MAX_REASON);
        message.setId("reject-message");
        message.setWidthFull();
        message.setMaxLength(StageRules.MAX_CANDIDATE_MESSAGE);
        message.setHelperText("Shown with the status \"Not selected\". Leave empty to show the status alone.");
        Paragraph note = new Paragraph("Each candidate sees the courteous status \"Not selected\".");
        note.addClassName("panel-description");
        add(note, reason, message);
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            String reasonProblem = StageRules.reasonProblem(ApplicationStage.REJECTED, reason.getValue());
            String messageProblem = StageRules.candidateMessageProblem(message.getValue());
            reason.setInvalid(reasonProblem != null);
            reason.setErrorMessage(reasonProblem);
            message.setInvalid(messageProblem != null);
            message.setErrorMessage(messageProblem);
            boolean valid = reasonProblem == null && messageProblem == null;
            if (valid && reject.apply(reason.getValue(), message.getValue())) {
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
