package health.staffing.approvals;

/** A dotted line of the position as it was when the round started: the partner seat and the label. */
public record DottedLineSnapshot(String positionCode, String positionTitle, String label) {
}
