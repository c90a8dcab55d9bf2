package health.staffing.requisitions;

/** Regular or temporary, as postings state it. */
public enum JobType {
    REGULAR("Regular"),
    TEMPORARY("Temporary");

    private final String label;

    JobType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
