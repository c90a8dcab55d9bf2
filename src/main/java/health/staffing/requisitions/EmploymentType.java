package health.staffing.requisitions;

/** Full or part time, as postings state it. */
public enum EmploymentType {
    FULL_TIME("Full time"),
    PART_TIME("Part time");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
