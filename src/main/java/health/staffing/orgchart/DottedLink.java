package health.staffing.orgchart;

/** A dotted line between two positions, for drawing: from the position that has it to its partner. */
public record DottedLink(long fromId, long toId, String label) {
}
