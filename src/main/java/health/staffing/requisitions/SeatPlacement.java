package health.staffing.requisitions;

import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a requisition's seat sits, from the org chart of today: a replacement needs a vacant seat with
 * no other open requisition; a new position needs its manager's seat and the dotted-line partners to
 * exist.
 */
@Component
class SeatPlacement {

    private final RequisitionRepository requisitions;
    private final OrgChartService orgChart;
    private final Clock clock;

    SeatPlacement(RequisitionRepository requisitions, OrgChartService orgChart, Clock clock) {
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.clock = clock;
    }

    /** Resolves where the seat sits from the org chart; refuses seats that do not exist or are taken. */
    Requisition.Placement place(RequisitionForm form, @Nullable Requisition current) {
        RequisitionRules.check(form);
        LocalDate today = LocalDate.now(clock);
        if (form.getKind() == RequisitionKind.REPLACEMENT) {
            PositionSummary seat = orgChart.findByCode(Requisition.checked(form.getPositionCode()).trim(), today)
                    .orElseThrow(() -> new DomainException("There is no position " + form.getPositionCode() + "."));
            if (!seat.vacant()) {
                throw new DomainException(seat.title() + " is held by " + seat.incumbentName()
                        + "; a replacement requisition needs a vacant position.");
            }
            boolean taken = requisitions.findByPositionCodeInAndStatusIn(Set.of(seat.code()), RequisitionService.OPEN).stream()
                    .anyMatch(other -> current == null || !other.getId().equals(current.getId()));
            if (taken) {
                throw new DomainException(seat.title() + " already has an open requisition.");
            }
            String manager = orgChart.managerOf(seat.id(), today).map(PositionSummary::code).orElse(null);
            return new Requisition.Placement(seat.organisationCode(), seat.code(), manager);
        }
        PositionSummary manager = orgChart.findByCode(Requisition.checked(form.getManagerPositionCode()).trim(), today)
                .orElseThrow(() -> new DomainException("There is no manager position " + form.getManagerPositionCode()
                        + "."));
        for (ProposedDottedLine line : form.getDottedLines()) {
            if (orgChart.findByCode(line.positionCode(), today).isEmpty()) {
                throw new DomainException("There is no position " + line.positionCode() + " for the dotted line.");
            }
        }
        String seat = current == null ? null : current.getPositionCode();
        return new Requisition.Placement(manager.organisationCode(), seat, manager.code());
    }
}
