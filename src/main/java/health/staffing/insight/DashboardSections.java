package health.staffing.insight;

/**
 * The dashboard's panel groups a person sees: requisitions and approvals always (a hiring manager's own);
 * {@code hiring} for HR and hiring managers; {@code seats} for those who see every requisition.
 * {@code allRequisitions} says whether the figures are the whole system's or the person's own.
 */
public record DashboardSections(boolean allRequisitions, boolean hiring, boolean seats) {
}
