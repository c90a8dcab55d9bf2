package health.staffing.approvals;

import health.staffing.base.AbstractEntity;
import health.staffing.requisitions.RequisitionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The configured steps for one requisition kind, in order. Replaced as a whole by the editor. */
@Entity
@Table(name = "approval_chain")
class ApprovalChain extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 20)
    private RequisitionKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_chain_step", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "step_index")
    private List<Step> steps = new ArrayList<>();

    protected ApprovalChain() {
    }

    ApprovalChain(RequisitionKind kind, List<ChainStep> steps) {
        this.kind = kind;
        replaceSteps(steps);
    }

    RequisitionKind kind() {
        return kind;
    }

    void replaceSteps(List<ChainStep> newSteps) {
        steps.clear();
        newSteps.forEach(step -> steps.add(new Step(step)));
    }

    List<ChainStep> steps() {
        return steps.stream().map(Step::toChainStep).toList();
    }

    String describe() {
        return kind.label() + ": " + steps().stream()
                .map(step -> step.label() + " [" + step.approverText()
                        + (step.conditional() ? ", " + step.conditionText().toLowerCase() : "") + "]")
                .collect(Collectors.joining(" → "));
    }

    @Embeddable
    static class Step {

        @Column(nullable = false, length = 100)
        private String label;

        @Column(length = 40)
        private @Nullable String role;

        @Column(length = 100)
        private @Nullable String username;

        @Column(name = "salary_above", precision = 12, scale = 2)
        private @Nullable BigDecimal salaryAbove;

        protected Step() {
        }

        Step(ChainStep step) {
            this.label = step.label();
            this.role = step.role();
            this.username = step.username();
            this.salaryAbove = step.salaryAbove();
        }

        ChainStep toChainStep() {
            return new ChainStep(label, role, username, salaryAbove);
        }
    }
}
