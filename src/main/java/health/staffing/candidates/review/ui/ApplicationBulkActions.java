package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.CandidateMessages;
import health.staffing.candidates.ReviewerAssignments;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.CandidateComparisonService;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.ui.ReviewerPicker;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the hiring team does to the applications selected in the candidate grid: move them to a stage,
 * reject them (with HR's message to the candidates), assign a reviewer, compare two to four side by side.
 * Each button is enabled only when the selection allows it; a refusal is shown and keeps the selection.
 */
class ApplicationBulkActions extends Div {

    final Select<ApplicationStage> moveTo = new Select<>();
    final Button move = new Button("Move selected");
    final Button reject = new Button("Reject selected…");
    final Button assign = new Button("Assign reviewer…");
    final Button compare = new Button("Compare");
    final Button message = new Button("Send message…");
    private final Grid<ReviewRow> grid;
    private final StageService stages;
    private final ReviewerAssignments assignments;
    private final UserAccountService accounts;
    private final CandidateMessages messages;

    ApplicationBulkActions(Grid<ReviewRow> grid, StageService stages, ReviewerAssignments assignments,
            UserAccountService accounts, CandidateMessages messages) {
        this.messages = messages;
        this.grid = grid;
        this.stages = stages;
        this.assignments = assignments;
        this.accounts = accounts;
        moveTo.setLabel("Move to stage");
        // OFFER and HIRED follow the offer (Offer tab of the application), never a bulk move.
        moveTo.setItems(EnumSet.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW, ApplicationStage.FINALIST));
        moveTo.setItemLabelGenerator(ApplicationStage::label);
        moveTo.setId("move-to");
        moveTo.addValueChangeListener(change -> move.setEnabled(change.getValue() != null
                && !grid.getSelectedItems().isEmpty()));
        move.setId("move-selected");
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setEnabled(false);
        move.addClickListener(click -> moveSelected(moveTo.getValue(), null, null));
        reject.setId("reject-selected");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setEnabled(false);
        reject.addClickListener(click -> confirmReject());
        assign.setId("assign-selected");
        assign.setEnabled(false);
        assign.addClickListener(click -> openAssign());
        compare.setId("compare-selected");
        compare.setEnabled(false);
        compare.setTooltipText("Select two to four applications of one requisition to compare them side by side");
        compare.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CandidateComparisonView.class,
                CandidateComparisonView.parameters(grid.getSelectedItems().stream().map(ReviewRow::id).sorted()
                        .toList()))));
        message.setId("message-selected");
        message.setEnabled(false);
        // Messages are HR's: a hiring manager reads the timeline but does not write to candidates.
        message.setVisible(CurrentUser.isHr());
        message.addClickListener(click -> openMessage());
        grid.addSelectionListener(selection -> {
            boolean any = !selection.getAllSelectedItems().isEmpty();
            message.setEnabled(any);
            move.setEnabled(any && moveTo.getValue() != null);
            reject.setEnabled(any);
            assign.setEnabled(any);
            int selected = selection.getAllSelectedItems().size();
            compare.setEnabled(selected >= CandidateComparisonService.MIN_CANDIDATES
                    && selected <= CandidateComparisonService.MAX_CANDIDATES);
        });
        add(moveTo, move, reject, assign, message, compare);
        addClassName("requisition-filters");
    }

    private void confirmReject() {
        new RejectDialog(grid.getSelectedItems().size(),
                (reason, message) -> moveSelected(ApplicationStage.REJECTED, reason, message)).open();
    }

    private void openMessage() {
        List<Long> selected = grid.getSelectedItems().stream().map(ReviewRow::id).toList();
        new SendMessageDialog(messages, selected, sent -> {
            Notification.show(sent + (sent == 1 ? " message" : " messages") + " sent.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            grid.deselectAll();
        }).open();
    }

    private void openAssign() {
        ReviewerPicker picker = new ReviewerPicker(accounts);
        picker.setId("assign-reviewer-picker");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Assign a reviewer to " + grid.getSelectedItems().size() + " application(s)");
        dialog.add(new Span("They are notified, see only the applications assigned to them, and see the other "
                + "reviewers' scores once they have submitted their own."), picker);
        dialog.setCancelable(true);
        dialog.setConfirmText("Assign");
        dialog.addConfirmListener(confirm -> {
            if (picker.getValue() != null) {
                assignSelected(picker.getValue().username());
            }
        });
        dialog.open();
    }

    void assignSelected(String reviewer) {
        try {
            int assigned = assignments.assign(grid.getSelectedItems().stream().map(ReviewRow::id).toList(), reviewer);
            Notification.show(assigned == 0 ? "Already assigned; nothing changed."
                    : assigned + (assigned == 1 ? " application" : " applications") + " assigned for review.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            grid.deselectAll();
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Moves the selection; true when it moved, false when refused (the message says why). */
    boolean moveSelected(ApplicationStage target, @Nullable String reason, @Nullable String candidateMessage) {
        List<StageMove> moves = grid.getSelectedItems().stream()
                .map(row -> new StageMove(row.id(), row.version())).toList();
        try {
            int moved = stages.moveStage(moves, target, reason, candidateMessage);
            Notification.show(moved + (moved == 1 ? " application" : " applications") + " moved to "
                    + target.label().toLowerCase() + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
            return true;
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
    }
}
