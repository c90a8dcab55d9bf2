package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The inbox in the test's thread and transaction: decisions roll back. */
@ViewTest
@Transactional
class ApprovalInboxViewTest extends SpringBrowserlessTest {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalTrail trail;
    @Autowired
    ApprovalService approvals;

    /** Seed 002's quality director, submitted by the manager (the signed-in approver is restored after). */
    private RequisitionDetails submitted() {
        return As.user("manager", () -> {
            RequisitionDetails draft = requisitions.create(form());
            return requisitions.submit(draft.id(), draft.version());
        });
    }

    private static RequisitionForm form() {
        return RequisitionForms.qualityDirector();
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

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private List<String> states(RequisitionDetails requisition) {
        return trail.of(requisition.id()).stream().map(ApprovalTrailEntry::state).toList();
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void finance_sees_cost_justification_and_the_place_in_the_org_chart_on_one_screen() {
        RequisitionDetails requisition = submitted();

        ApprovalInboxView view = openOn(requisition);

        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(view.detailTitle.getText()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat(text("cost")).contains("$280,000 – $340,000 per year (adjusted for FTE)")
                .contains("1.0 FTE (0.5 administrative, 0.5 clinical)").contains("Requested by Maya Okafor");
        assertThat(text("manager-chain")).contains("Assistant Chief Medical Officer for Primary Care (Maya Okafor")
                .contains("Chief Medical Officer (Elena Marsh");
        assertThat(text("dotted-lines")).contains("Associate Chief Population Health Officer — population health");
        assertThat(view.approve.getText()).isEqualTo("Approve");
        assertThat(view.reject.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void a_rejection_without_a_reason_is_not_sent_and_with_one_it_is() {
        RequisitionDetails requisition = submitted();
        ApprovalInboxView view = openOn(requisition);

        test(view.reject).click();
        roundTrip();
        test(view.decisionDialog.confirm).click();

        assertThat(view.decisionDialog.comment.isInvalid()).isTrue();
        assertThat(view.decisionDialog.comment.getErrorMessage()).isEqualTo("A rejection needs a reason: say why the requisition is rejected.");
        assertThat(states(requisition).getFirst()).isEqualTo("Waiting");

        test(view.decisionDialog.comment).setValue("No budget in FY27");
        test(view.decisionDialog.confirm).click();

        assertThat(states(requisition).getFirst()).isEqualTo("Rejected");
        assertThat(trail.of(requisition.id()).getFirst().comment()).isEqualTo("No budget in FY27");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Medical Director for Quality, Primary Care: Finance review rejected.");
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void approving_moves_the_requisition_on_to_the_dotted_line_partner() {
        RequisitionDetails requisition = submitted();
        ApprovalInboxView view = openOn(requisition);

        test(view.approve).click();

        assertThat(states(requisition)).startsWith("Approved").contains("Waiting");
        assertThat(trail.of(requisition.id()).get(2).approver()).isEqualTo("Anita Shah");
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void when_the_step_was_decided_elsewhere_first_the_approver_is_told_and_the_inbox_shows_what_waits_now() {
        RequisitionDetails requisition = submitted();
        ApprovalInboxView view = openOn(requisition);
        InboxItem shown = test(view.inbox).getSelected().iterator().next();
        As.user("finance", () -> { // the same person in another tab, a moment earlier
            approvals.decide(shown.stepId(), shown.stepVersion(), Decision.APPROVE, null);
            return null;
        });

        test(view.approve).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("This step was decided by Chris Donnelly a "
                + "moment ago. The inbox now shows what still waits for you.");
        var grid = test(view.inbox);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).requisition().requisitionId()).as("no longer waiting for finance")
                    .isNotEqualTo(requisition.id());
        }
        assertThat(states(requisition).getFirst()).as("decided once").isEqualTo("Approved");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void someone_with_nothing_waiting_sees_so() {
        ApprovalInboxView view = navigate(ApprovalInboxView.class);

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Nothing waits for you");
    }
}
