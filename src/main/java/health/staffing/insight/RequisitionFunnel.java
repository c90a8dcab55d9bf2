package health.staffing.insight;

/** The funnel of one requisition: applications submitted in the period by the furthest stage they reached. */
public record RequisitionFunnel(long requisitionId, String reference, String title, long applied, long screening,
        long interview, long finalist, long offer, long hired) {
}
