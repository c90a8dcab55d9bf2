package health.staffing.requisitions;

/**
 * What a section of a posting is about. The kind lets screening and search find, say, the minimum
 * qualifications whatever the heading says; the heading is what caregivers read.
 */
public enum PostingSectionKind {
    ABOUT_ORGANISATION("About the organisation"),
    OVERVIEW("Overview"),
    RESPONSIBILITIES("Responsibilities"),
    MINIMUM_QUALIFICATIONS("Minimum qualifications"),
    PREFERRED_QUALIFICATIONS("Preferred qualifications"),
    LICENSURE_CERTIFICATION("Licensure and certification"),
    COMPETENCIES("Competencies"),
    BENEFITS("Benefits"),
    EQUAL_OPPORTUNITY("Equal opportunity"),
    OTHER("Other");

    private final String label;

    PostingSectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
