package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.approvals.ApprovalChainView;
import health.staffing.approvals.ChainStep;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.security.AppRoles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainEditorModelTest {

    private static final ChainStep FINANCE = ChainStep.role("Finance review", AppRoles.FINANCE);
    private static final ChainStep HIGH = ChainStep.person("CFO sign-off", "cfo").above(new BigDecimal("350000"));
    private static final ChainStep CMO = ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE);

    private static ChainEditorModel loaded() {
        ChainEditorModel model = new ChainEditorModel();
        model.load(new ApprovalChainView(RequisitionKind.NEW_POSITION, 4, List.of(FINANCE, CMO)));
        return model;
    }

    @Test
    void steps_are_added_moved_replaced_and_removed_before_saving() {
        ChainEditorModel model = loaded();
        assertThat(model.changed()).isFalse();

        model.add(HIGH);
        model.moveUp(2);
        assertThat(model.steps()).containsExactly(FINANCE, HIGH, CMO);
        model.moveDown(0);
        assertThat(model.steps()).containsExactly(HIGH, FINANCE, CMO);
        model.replace(0, HIGH.above(new BigDecimal("400000")));
        assertThat(model.steps().getFirst().salaryAbove()).isEqualByComparingTo("400000");
        model.remove(0);

        assertThat(model.steps()).containsExactly(FINANCE, CMO);
        assertThat(model.changed()).isTrue();
        assertThat(model.version()).isEqualTo(4);
        assertThat(model.kind()).isEqualTo(RequisitionKind.NEW_POSITION);
    }

    @Test
    void the_first_step_cannot_move_up_nor_the_last_down() {
        ChainEditorModel model = loaded();
        model.moveUp(0);
        model.moveDown(1);

        assertThat(model.steps()).containsExactly(FINANCE, CMO);
        assertThat(model.changed()).isFalse();
        assertThat(model.canMoveUp(0)).isFalse();
        assertThat(model.canMoveDown(1)).isFalse();
        assertThat(HIGH.conditionText()).isEqualTo("Salary maximum above $350,000");
        assertThat(HIGH.approverText()).isEqualTo("user cfo");
    }
}
