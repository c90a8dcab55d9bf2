package health.staffing.orgchart;

/**
 * A dotted-line relationship seen from one position. {@code outgoing}: this position has a dotted
 * line to the partner; otherwise the partner has one to this position.
 */
public record DottedLine(PositionSummary partner, String label, boolean outgoing) {
}
