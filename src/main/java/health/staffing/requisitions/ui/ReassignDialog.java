package health.staffing.requisitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import health.staffing.base.DomainException;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;

/**
 * HR hands a requisition to another hiring manager or recruiter, with a reason: someone left, or
 * the recruiter wants to apply to it. A refusal (a candidate on it, nothing changed) is shown in
 * the dialog, which keeps what was chosen.
 */
class ReassignDialog extends Dialog {

    static final int MAX_REASON = 1000;

    final ComboBox<UserSummary> hiringManager = new ComboBox<>("Hiring manager");
    final ComboBox<UserSummary> recruiter = new ComboBox<>("Recruiter");
    final TextArea reason = new TextArea("Reason");
    final Paragraph refusal = new Paragraph();
    final Button confirm = new Button("Reassign");

    ReassignDialog(RequisitionService requisitions, UserAccountService accounts, RequisitionDetails requisition,
            Runnable done) {
        setHeaderTitle("Reassign " + requisition.reference());
        hiringManager.setId("reassign-hiring-manager");
        RolePickers.offer(hiringManager, accounts, AppRoles.HIRING_MANAGER);
        hiringManager.setValue(accounts.findByUsername(requisition.hiringManager()).orElse(null));
        hiringManager.setRequired(true);
        recruiter.setId("reassign-recruiter");
        RolePickers.offer(recruiter, accounts, AppRoles.RECRUITER);
        recruiter.setValue(accounts.findByUsername(requisition.recruiter()).orElse(null));
        recruiter.setRequired(true);
        reason.setId("reassign-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setHelperText("Kept in the requisition's history.");
        refusal.setId("reassign-refusal");
        refusal.addClassName("form-errors");
        refusal.setVisible(false);
        Paragraph note = new Paragraph("A new hiring manager sends an approved or posted requisition back to its "
                + "approvers; a new recruiter does not.");
        note.addClassName("panel-description");
        add(note, hiringManager, recruiter, reason, refusal);

        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (hiringManager.isEmpty() || recruiter.isEmpty() || reason.getValue().isBlank()) {
                show("Choose the hiring manager and the recruiter, and say why.");
                return;
            }
            try {
                requisitions.reassign(requisition.id(), requisition.version(), hiringManager.getValue().username(),
                        recruiter.getValue().username(), reason.getValue());
                close();
                done.run();
            } catch (DomainException refused) {
                show(refused.getMessage());
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
    }

    private void show(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

}
