package health.staffing.approvals;

/** A decision recorded on an approval step, as the approval history lists and filters them. */
public enum DecisionTaken {
    APPROVED("Approved"),
    CONSULTED("Consulted"),
    REJECTED("Rejected"),
    CHANGES_REQUESTED("Changes requested");

    private final String label;

    DecisionTaken(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
