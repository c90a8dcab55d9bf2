package health.staffing.candidates;

/** What an uploaded document is for. */
public enum DocumentKind {
    CV("CV"),
    COVER_LETTER("Cover letter");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
