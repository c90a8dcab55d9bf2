package health.staffing.requisitions;

/** Who may see a posting: caregivers only, or caregivers first for some days and then everyone. */
public enum PostingVisibility {
    INTERNAL_ONLY("Internal caregivers only"),
    INTERNAL_FIRST("Internal caregivers first, then external candidates");

    private final String label;

    PostingVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
