package health.staffing.approvals;

/**
 * What an approver decides on a waiting step. On a consulted (dotted-line) step, APPROVE records
 * "consulted"; such a step cannot REJECT but may REQUEST_CHANGES (decision 5).
 */
public enum Decision {
    APPROVE("Approve"),
    REJECT("Reject"),
    REQUEST_CHANGES("Request changes");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
