package health.staffing.approvals;

import org.jspecify.annotations.Nullable;

/** A dotted line of the position as it was when the round started: the partner seat and the label. */
public record DottedLineSnapshot(String positionCode, @Nullable String positionTitle, String label) {
}
