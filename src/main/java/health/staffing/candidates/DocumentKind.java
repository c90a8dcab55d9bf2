package health.staffing.candidates;

/**
 * What an uploaded document is for. A CV and a cover letter are one per application (a new one
 * replaces the old); reference letters and other files may be attached several times.
 */
public enum DocumentKind {
    CV("CV", true),
    COVER_LETTER("Cover letter", true),
    REFERENCE_LETTER("Reference letter", false),
    OTHER("Other document", false);

    private final String label;
    private final boolean single;

    DocumentKind(String label, boolean single) {
        this.label = label;
        this.single = single;
    }

    public String label() {
        return label;
    }

    /** Whether an application holds at most one document of this kind. */
    public boolean single() {
        return single;
    }
}
