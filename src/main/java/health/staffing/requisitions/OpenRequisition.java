package health.staffing.requisitions;

/** The open requisition of a seat, as the org chart links it. */
public record OpenRequisition(long id, String reference, RequisitionStatus status) {
}
