package health.staffing.requisitions;

import health.staffing.orgchart.OrgStructureService;

import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.security.SystemActor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vacant copy of a demo seat (same manager, same dotted lines), for tests that need a seat with no
 * open requisition: the demo data already fills the seed seats' requisitions.
 */
public final class VacantTwin {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private VacantTwin() {
    }

    /** Points a replacement form at a fresh vacant twin of its seat; other forms are left alone. */
    public static RequisitionForm of(OrgChartService orgChart, OrgStructureService structure, RequisitionForm form) {
        if (form.getKind() == RequisitionKind.REPLACEMENT) {
            form.setPositionCode(of(orgChart, structure, form.getPositionCode()));
        }
        return form;
    }

    public static String of(OrgChartService orgChart, OrgStructureService structure, String code) {
        return SystemActor.call(() -> {
            PositionSummary seat = orgChart.findByCode(code).orElseThrow();
            String manager = orgChart.managerOf(seat.id(), null).map(PositionSummary::code).orElse(null);
            String twin = code + "-T" + NEXT.incrementAndGet();
            structure.createPosition(new NewPosition(twin, seat.title(), seat.organisationCode(), seat.department(),
                    seat.locationCity(), seat.locationState(), seat.fte(), seat.adminFte(), manager, null, null));
            for (DottedLine line : orgChart.dottedLinesOf(seat.id(), null)) {
                if (line.outgoing()) {
                    structure.addDottedLine(twin, orgChart.versionOf(twin), line.partner().code(), line.label(), null);
                }
            }
            return twin;
        });
    }
}
