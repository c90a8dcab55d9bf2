package health.staffing.approvals;

import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionLeftApproval;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an approval round: snapshots the requisition, plans the steps from the chain of its kind
 * (thresholds, dotted-line partners) and activates the first one. Runs in the submitter's
 * transaction, so the round exists exactly when the submission does.
 */
@Component
class ApprovalRounds {

    private final ApprovalChainRepository chains;
    private final ApprovalRequestRepository requests;
    private final ApprovalStepRepository steps;
    private final ApprovalProgress progress;
    private final OrgChartService orgChart;
    private final UserAccountService accounts;

    ApprovalRounds(ApprovalChainRepository chains, ApprovalRequestRepository requests, ApprovalStepRepository steps,
            ApprovalProgress progress, OrgChartService orgChart, UserAccountService accounts) {
        this.chains = chains;
        this.requests = requests;
        this.steps = steps;
        this.progress = progress;
        this.orgChart = orgChart;
        this.accounts = accounts;
    }

    /** Routes one round; a round that already exists is left alone (the event may be seen twice). */
    @Transactional(propagation = Propagation.MANDATORY)
    void route(RequisitionSnapshot snapshot) {
        if (requests.findByRequisitionIdAndRound(snapshot.requisitionId(), snapshot.round()).isPresent()) {
            return;
        }
        List<ApprovalStep> older = steps.findOpen(snapshot.requisitionId()).stream()
                .filter(step -> step.round() < snapshot.round()).toList();
        progress.closeOpen(older, StepState.SUPERSEDED, "superseded by round " + snapshot.round());

        ApprovalChain chain = chains.findByKind(snapshot.kind()).orElseThrow(() -> new DomainException(
                "No approval chain is set up for " + snapshot.kind().label().toLowerCase()
                        + " requisitions. Ask an administrator to configure one under Administration → Approval chains."));
        for (ChainStep step : chain.steps()) {
            if (step.username() != null && accounts.findByUsername(step.username()).filter(UserSummary::enabled).isEmpty()) {
                throw new DomainException("The approval chain for " + snapshot.kind().label().toLowerCase()
                        + " requisitions names " + step.username() + ", who has no active account. Ask an"
                        + " administrator to fix the chain under Administration → Approval chains.");
            }
        }
        RoutingFacts facts = new RoutingFacts(snapshot.kind(), snapshot.salaryMax(), chain.steps(),
                partnersOf(snapshot.dottedLines()), snapshot.requestedBy(), snapshot.hiringManager());
        List<PlannedStep> plan = StepPlanner.plan(facts).stream().map(this::withDisplayName).toList();

        ApprovalRequest request = requests.save(new ApprovalRequest(snapshot));
        List<ApprovalStep> created = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            created.add(new ApprovalStep(request, i + 1, plan.get(i)));
        }
        steps.saveAll(created);
        progress.auditRound(request, "Approval round " + snapshot.round() + " started", created.stream()
                .map(step -> step.label() + " (" + step.approverName() + ")").collect(Collectors.joining(" → ")));
        created.stream().filter(step -> step.state() == StepState.SKIPPED)
                .forEach(step -> progress.audit(step, "skipped", null, step.toTrailEntry().state()));
        if (progress.activateNext(request).isEmpty()) {
            throw new DomainException("The approval chain for " + snapshot.kind().label().toLowerCase()
                    + " requisitions has no step that applies. Ask an administrator to fix it.");
        }
    }

    /** The requisition left approval (cancelled while pending): its open steps close as withdrawn. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdraw(RequisitionLeftApproval left) {
        List<ApprovalStep> open = steps.findOpen(left.requisitionId()).stream()
                .filter(step -> step.round() <= left.approvalRound()).toList();
        progress.closeOpen(open, StepState.WITHDRAWN, left.reason() == null || left.reason().isBlank()
                ? "the requisition left approval" : left.reason());
    }

    /** The incumbents of the dotted-line partner seats, with their accounts when they have one. */
    List<RoutingFacts.Partner> partnersOf(List<DottedLineSnapshot> dottedLines) {
        List<RoutingFacts.Partner> partners = new ArrayList<>();
        for (DottedLineSnapshot line : dottedLines) {
            Optional<PositionSummary> seat = orgChart.findByCode(line.positionCode());
            String title = seat.map(PositionSummary::title).orElse(line.positionTitle() == null
                    ? line.positionCode() : line.positionTitle());
            Long employee = seat.map(PositionSummary::incumbentEmployeeId).orElse(null);
            String incumbent = seat.map(PositionSummary::incumbentName).orElse(null);
            Optional<UserSummary> account = employee == null ? Optional.empty() : accounts.findByEmployeeId(employee);
            partners.add(new RoutingFacts.Partner(line.positionCode(), title, line.label(),
                    employee == null ? null : incumbent,
                    account.map(UserSummary::username).orElse(null),
                    account.map(UserSummary::displayName).orElse(null)));
        }
        return partners;
    }

    /** Named-person chain steps show the person's name, not the user name. */
    PlannedStep withDisplayName(PlannedStep step) {
        if (step.username() == null || step.consulted()) {
            return step;
        }
        String name = accounts.findByUsername(step.username()).map(UserSummary::displayName).orElse(step.username());
        return new PlannedStep(step.label(), step.role(), step.username(), name, false, step.skippedReason());
    }
}
