package health.staffing.candidates;

/** The messages HR sends candidates from a template, each kind with one HR-editable template. */
public enum MessageKind {
    ACKNOWLEDGEMENT("Acknowledgement"),
    INTERVIEW_INVITATION("Interview invitation"),
    NOT_SELECTED("Not selected"),
    OFFER("Offer");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
