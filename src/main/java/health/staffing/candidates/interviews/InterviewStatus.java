package health.staffing.candidates.interviews;

/** What became of an interview. Only a scheduled one may be changed, cancelled or given an outcome. */
public enum InterviewStatus {
    SCHEDULED("Scheduled"),
    DONE("Done"),
    CANCELLED("Cancelled"),
    NO_SHOW("No-show");

    private final String label;

    InterviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
