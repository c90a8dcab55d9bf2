package health.staffing.approvals;

import health.staffing.orgchart.OrgChartService;
import health.staffing.requisitions.ApprovalPreview;
import health.staffing.requisitions.RequisitionForm;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requisitions port: the chain a requisition would run if submitted now, planned by the same
 * {@link StepPlanner} a submission uses (threshold steps, consulted dotted-line partners, who
 * may not decide), so the form shows what will really happen.
 */
@Component
class ApprovalPreviewProvider implements ApprovalPreview {

    private final ApprovalChainRepository chains;
    private final ApprovalRounds rounds;
    private final OrgChartService orgChart;

    ApprovalPreviewProvider(ApprovalChainRepository chains, ApprovalRounds rounds, OrgChartService orgChart) {
        this.chains = chains;
        this.rounds = rounds;
        this.orgChart = orgChart;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Step> stepsFor(RequisitionForm form, String requestedBy) {
        if (form.getKind() == null) {
            return List.of();
        }
        Optional<ApprovalChain> chain = chains.findByKind(form.getKind());
        if (chain.isEmpty()) {
            return List.of();
        }
        String seat = form.getPositionCode() == null || form.getPositionCode().isBlank() ? null
                : form.getPositionCode().trim();
        RoutingFacts facts = new RoutingFacts(form.getKind(), form.getSalaryMax(), chain.get().steps(),
                rounds.partnersOf(RequisitionApprovalListener.dottedLines(orgChart, seat, form.getDottedLines())),
                requestedBy, form.getHiringManager());
        return StepPlanner.plan(facts).stream().map(rounds::withDisplayName)
                .map(step -> new Step(step.label(), step.approverName(), step.consulted(), step.skippedReason()))
                .toList();
    }
}
