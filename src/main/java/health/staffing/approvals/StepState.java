package health.staffing.approvals;

/** Where one approval step stands. Only the first undecided step of a round is WAITING. */
enum StepState {
    PENDING("Pending"),
    WAITING("Waiting"),
    APPROVED("Approved"),
    CONSULTED("Consulted"),
    REJECTED("Rejected"),
    CHANGES_REQUESTED("Changes requested"),
    SKIPPED("Skipped"),
    NOT_REACHED("Not reached"),
    SUPERSEDED("Superseded"),
    WITHDRAWN("Withdrawn");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean decided() {
        return this == APPROVED || this == CONSULTED || this == REJECTED || this == CHANGES_REQUESTED;
    }

    boolean open() {
        return this == PENDING || this == WAITING;
    }
}
