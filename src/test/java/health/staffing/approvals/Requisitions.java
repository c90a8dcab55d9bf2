package health.staffing.approvals;

import health.staffing.orgchart.OrgStructureService;

import health.staffing.As;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Submitted requisitions for approval tests, through the real requisition service as the manager. */
final class Requisitions {

    private static final AtomicInteger SEATS = new AtomicInteger();

    private Requisitions() {
    }

    /** Seed 002: the quality director as a new position under the assistant CMO, dotted line to population health. */
    static RequisitionForm newPosition(String salaryMax) {
        RequisitionForm form = RequisitionForms.qualityDirector();
        form.setSalaryMax(new BigDecimal(salaryMax));
        return form;
    }

    /**
     * A replacement of a new vacant seat under the CMO with a dotted line to population health
     * (the org chart gives the partner, not the form).
     */
    static RequisitionForm replacement(OrgChartService orgChart, OrgStructureService structure, String salaryMax) {
        String code = "APR-SEAT-" + SEATS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        SystemActor.run(() -> {
            structure.createPosition(new NewPosition(code, "Medical Director, Behavioral Health", "MGB",
                    "Behavioral Health", "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.40"), "MGB-CMO", null, null));
            structure.addDottedLine(code, orgChart.versionOf(code), "MGB-ACPHO", "population health", LocalDate.now());
        });
        RequisitionForm form = newPosition(salaryMax);
        form.setKind(RequisitionKind.REPLACEMENT);
        form.setPositionCode(code);
        form.setManagerPositionCode(null);
        form.setDottedLines(List.of());
        form.setTitle("Medical Director, Behavioral Health");
        return form;
    }

    static RequisitionDetails submit(RequisitionService requisitions, RequisitionForm form) {
        return As.user("manager", () -> {
            RequisitionDetails draft = requisitions.create(form);
            return requisitions.submit(draft.id(), draft.version());
        });
    }
}
