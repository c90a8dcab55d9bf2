package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import health.staffing.ViewTest;
import health.staffing.approvals.ApprovalChainService;
import health.staffing.approvals.ChainStep;
import health.staffing.shell.NotFoundView;
import health.staffing.requisitions.RequisitionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
@Transactional
class ApprovalChainsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApprovalChainService chains;

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_administrator_adds_a_named_person_threshold_step_moves_it_up_and_saves() {
        ApprovalChainsView view = navigate(ApprovalChainsView.class);
        assertThat(test(view.steps).size()).isEqualTo(3);

        test(view.label).setValue("Chief executive sign-off");
        test(view.decidedBy).selectItem(ApprovalChainsView.PERSON);
        test(view.username).setValue("cmo");
        test(view.salaryAbove).setValue("500000");
        test(view.addStep).click();
        view.model.moveUp(3);
        test(view.save).click();

        assertThat(chains.chain(RequisitionKind.NEW_POSITION).steps()).extracting(ChainStep::label).containsExactly(
                "Finance review", "CMO sign-off — high salary", "Chief executive sign-off", "CMO office approval");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Approval chain for new position requisitions saved.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void a_chain_ending_in_a_conditional_step_is_refused_and_the_edit_is_kept() {
        ApprovalChainsView view = navigate(ApprovalChainsView.class);
        view.model.remove(2);
        test(view.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("must end with a step that always applies");
        assertThat(view.model.steps()).hasSize(2);
        assertThat(chains.chain(RequisitionKind.NEW_POSITION).steps()).hasSize(3);
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void only_administrators_open_the_chain_editor() {
        Throwable refused = catchThrowable(() -> navigate(ApprovalChainsView.class));

        assertThat(refused).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
