package health.staffing.requisitions;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.security.SystemActor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a requisition when its approval round ends, inside the approver's transaction: the last
 * decision and the status change commit together. The approver may be any role (a consulted
 * dotted-line manager, a delegate), so this is deliberately not behind the service's role checks;
 * it only acts on outcomes of the requisition's current round.
 */
@Component
class ApprovalOutcomeListener {

    private final RequisitionRepository requisitions;
    private final OrgChartService orgChart;
    private final OrgStructureService structure;
    private final AuditLog auditLog;
    private final Clock clock;

    ApprovalOutcomeListener(RequisitionRepository requisitions, OrgChartService orgChart, OrgStructureService structure,
            AuditLog auditLog, Clock clock) {
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.structure = structure;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ApprovalOutcome outcome) {
        Requisition requisition = requisitions.findById(outcome.requisitionId())
                .orElseThrow(() -> new DomainException("There is no requisition " + outcome.requisitionId() + "."));
        if (requisition.getApprovalRound() != outcome.approvalRound()
                || requisition.getStatus() != RequisitionStatus.PENDING_APPROVAL) {
            throw new DomainException("Requisition " + requisition.getReference()
                    + " is no longer waiting for this decision. Reload to see where it stands.");
        }
        Instant now = Instant.now(clock);
        String comment = outcome.comment() == null ? "" : ": " + outcome.comment();
        switch (outcome.decision()) {
            case APPROVED -> {
                requisition.approve(now);
                placeApprovedSeat(requisition);
            }
            case REJECTED -> requisition.reject(outcome.comment(), now);
            case CHANGES_REQUESTED -> requisition.requestChanges(now);
        }
        requisitions.saveAndFlush(requisition);
        auditLog.record(RequisitionService.AUDIT_TYPE, requisition.getId(), outcome.decision().name(),
                "PENDING_APPROVAL round " + outcome.approvalRound(),
                requisition.getStatus().name() + " by " + outcome.decidedBy() + comment);
    }

    /**
     * An approved new position becomes a vacant seat in the org chart from today, under its
     * manager and with its dotted lines; a re-approved one follows a changed manager. The approver
     * need not be HR, so the chart is changed as the system (the audit names the requisition).
     */
    private void placeApprovedSeat(Requisition requisition) {
        if (requisition.getKind() != RequisitionKind.NEW_POSITION) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SystemActor.run(() -> {
            if (requisition.getPositionCode() == null) {
                String code = "REQ-" + requisition.getReference();
                structure.createPosition(new NewPosition(code, requisition.getTitle(), requisition.getOrganisationCode(),
                        requisition.getDepartment(), requisition.getCity(), requisition.getState(), requisition.getFte(),
                        requisition.getAdminFte(), requisition.getManagerPositionCode(), null, today));
                requisition.getDottedLines().forEach(line ->
                        structure.addDottedLine(code, orgChart.versionOf(code), line.positionCode(), line.label(),
                                today));
                requisition.placeIn(code);
            } else {
                String currentManager = orgChart.findByCode(requisition.getPositionCode(), today)
                        .flatMap(seat -> orgChart.managerOf(seat.id(), today)).map(PositionSummary::code).orElse(null);
                String manager = requisition.getManagerPositionCode();
                if (manager != null && !manager.equals(currentManager)) {
                    String seat = requisition.getPositionCode();
                    structure.movePosition(seat, orgChart.versionOf(seat), manager, today);
                }
            }
        });
    }
}
