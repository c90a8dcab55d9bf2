package health.staffing.requisitions;

/** How often a saved job search emails its owner about new postings that match it. */
public enum AlertFrequency {
    IMMEDIATE("As soon as a matching role is posted"),
    DAILY("A daily digest"),
    NONE("No email: I run the search myself");

    private final String label;

    AlertFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
