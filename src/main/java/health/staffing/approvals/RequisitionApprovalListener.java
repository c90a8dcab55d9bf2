package health.staffing.approvals;

import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.ProposedDottedLine;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionLeftApproval;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionSubmitted;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listens to the requisition lifecycle, synchronously and in the publisher's transaction and
 * security context: a submission (as the submitter, who may read the requisition) starts a round
 * from a snapshot; leaving approval withdraws the open steps.
 */
@Component
class RequisitionApprovalListener {

    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final ApprovalRounds rounds;
    private final Clock clock;
    private final PostingService postings;

    RequisitionApprovalListener(RequisitionService requisitions, OrgChartService orgChart, ApprovalRounds rounds,
            Clock clock, PostingService postings) {
        this.postings = postings;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.rounds = rounds;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequisitionSubmitted submitted) {
        RequisitionDetails details = requisitions.details(submitted.requisitionId());
        rounds.route(snapshotOf(details, submitted.approvalRound()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequisitionLeftApproval left) {
        rounds.withdraw(left);
    }

    /**
     * What approvers will see. Dotted lines: for a seat already in the chart (a replacement, or a
     * re-approval) its outgoing dotted lines today; for a new position the proposed ones; both
     * when both exist, each partner once.
     */
    RequisitionSnapshot snapshotOf(RequisitionDetails details, int round) {
        List<DottedLineSnapshot> lines = dottedLines(orgChart, details.positionCode(), details.dottedLines());
        String location = details.city() == null ? details.state() : details.location();
        return new RequisitionSnapshot(details.id(), round, details.reference(), details.kind(), details.title(),
                details.organisationCode(), details.organisationName(), details.department(), location, details.fte(),
                details.adminFte(), details.salaryMin(), details.salaryMax(), details.adjustedForFte(),
                details.openings(), details.budgetMin(), details.budgetMax(), details.justification(),
                details.requestedBy(), details.requestedByName(), details.hiringManager(), details.hiringManagerName(),
                details.positionCode(), details.managerPositionCode(), lines,
                details.submittedAt() == null ? Instant.now(clock) : details.submittedAt(),
                postings.draftQualifications(details.id()).orElse(null));
    }

    /**
     * The dotted lines approvers consult: the seat's outgoing lines today (a replacement, or a
     * re-approval) and the proposed ones (a new position), each partner once.
     */
    static List<DottedLineSnapshot> dottedLines(OrgChartService orgChart, @Nullable String positionCode,
            List<ProposedDottedLine> proposed) {
        Map<String, DottedLineSnapshot> lines = new LinkedHashMap<>();
        if (positionCode != null) {
            orgChart.findByCode(positionCode).ifPresent(seat -> {
                for (DottedLine line : orgChart.dottedLinesOf(seat.id(), null)) {
                    if (line.outgoing() && line.partner() != null) {
                        lines.putIfAbsent(line.partner().code(), new DottedLineSnapshot(line.partner().code(),
                                line.partner().title(), line.label()));
                    }
                }
            });
        }
        for (ProposedDottedLine line : proposed) {
            String title = orgChart.findByCode(line.positionCode()).map(PositionSummary::title).orElse(null);
            lines.putIfAbsent(line.positionCode(), new DottedLineSnapshot(line.positionCode(), title, line.label()));
        }
        return List.copyOf(lines.values());
    }
}
