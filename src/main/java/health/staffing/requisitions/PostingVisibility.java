package health.staffing.requisitions;

/**
 * Who may apply: caregivers only, caregivers first for some days and then everyone, or everyone
 * from the first day (a role the health system recruits for outside at once).
 */
public enum PostingVisibility {
    INTERNAL_ONLY("Internal caregivers only"),
    INTERNAL_FIRST("Internal caregivers first, then external candidates"),
    OPEN_TO_ALL("Internal caregivers and external candidates from day one");

    private final String label;

    PostingVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
