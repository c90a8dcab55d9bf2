package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.hostile.OpenDialogs;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's reject and request-changes dialogs in the approval inbox, each tried with every entry of
 * the hostile corpus as a client past the browser's limits would send it: the decision is refused
 * with the reason on the field or in a warning (the dialog stays open with the text typed, the step
 * still waits) or recorded with exactly the text typed. A reason over 1,000 characters once ended in
 * "Something went wrong".
 */
@ViewTest
@Transactional
class ApprovalDecisionHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalTrail trail;

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void the_decision_dialogs_refuse_or_record_exactly_what_a_hostile_client_sends() {
        HostileTrials.of("approval decision dialogs")
                .field("Rejection reason", value -> trial(Decision.REJECT, value))
                .field("Changes requested", value -> trial(Decision.REQUEST_CHANGES, value))
                .report();
    }

    private Outcome trial(Decision decision, String value) {
        RequisitionDetails requisition = As.user("manager", () -> {
            RequisitionDetails draft = requisitions.create(RequisitionForms.qualityDirector());
            return requisitions.submit(draft.id(), draft.version());
        });
        ApprovalInboxView view = openOn(requisition);
        test(decision == Decision.REJECT ? view.reject : view.requestChanges).click();
        roundTrip();
        ApprovalInboxView.DecisionDialog dialog = view.decisionDialog;
        dialog.comment.setValue(value); // as a client would send it, past the browser's maxlength

        test(dialog.confirm).click();

        ApprovalTrailEntry step = trail.of(requisition.id()).getFirst();
        try {
            if (dialog.isOpened()) {
                String reason = dialog.comment.isInvalid() ? dialog.comment.getErrorMessage()
                        : test($(Notification.class).last()).getText();
                assertThat(reason).as("a reason").isNotBlank();
                assertThat(dialog.comment.getValue()).as("the text typed is kept").isEqualTo(value);
                assertThat(step.state()).as("the step still waits").isEqualTo("Waiting");
                return Outcome.REFUSED;
            }
            assertThat(step.comment()).isEqualTo(value.strip());
            return Outcome.STORED;
        } finally {
            OpenDialogs.closeAll();
        }
    }

    private ApprovalInboxView openOn(RequisitionDetails requisition) {
        ApprovalInboxView view = navigate(ApprovalInboxView.class);
        var grid = test(view.inbox);
        for (int row = 0; row < grid.size(); row++) {
            InboxItem item = grid.getRow(row);
            if (item.requisition().requisitionId() == requisition.id()) {
                grid.select(row);
                return view;
            }
        }
        throw new AssertionError("Requisition " + requisition.id() + " is not in the inbox");
    }
}
