package health.staffing.approvals.ui;

import health.staffing.approvals.ApprovalChainView;
import health.staffing.approvals.ChainStep;
import health.staffing.requisitions.RequisitionKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The chain being edited, before it is saved: add, replace, move and remove steps. Plain JUnit tested. */
class ChainEditorModel {

    private @Nullable RequisitionKind kind;
    private long version;
    private final List<ChainStep> steps = new ArrayList<>();
    private boolean changed;

    void load(ApprovalChainView chain) {
        kind = chain.kind();
        version = chain.version();
        steps.clear();
        steps.addAll(chain.steps());
        changed = false;
    }

    @Nullable RequisitionKind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    List<ChainStep> steps() {
        return List.copyOf(steps);
    }

    boolean changed() {
        return changed;
    }

    void add(ChainStep step) {
        steps.add(step);
        changed = true;
    }

    void replace(int index, ChainStep step) {
        steps.set(index, step);
        changed = true;
    }

    void remove(int index) {
        steps.remove(index);
        changed = true;
    }

    void moveUp(int index) {
        if (index > 0) {
            steps.add(index - 1, steps.remove(index));
            changed = true;
        }
    }

    void moveDown(int index) {
        if (index < steps.size() - 1) {
            steps.add(index + 1, steps.remove(index));
            changed = true;
        }
    }

    boolean canMoveUp(int index) {
        return index > 0;
    }

    boolean canMoveDown(int index) {
        return index < steps.size() - 1;
    }
}
