package health.staffing.requisitions;

import java.time.Instant;

/** A requisition for seed 002's Medical Director for Primary Care Quality, as plain domain objects. */
final class RequisitionTestData {

    static final Requisition.Placement PLACEMENT = new Requisition.Placement("MGB", null, "MGB-ACMO-PC");

    private RequisitionTestData() {
    }

    static Requisition draft() {
        return new Requisition("102700", RequisitionKind.NEW_POSITION, "manager", Instant.parse("2026-11-01T09:00:00Z"));
    }

    static RequisitionForm form() {
        return RequisitionForms.qualityDirector();
    }
}
