package health.staffing.requisitions;

/** How often the leader is on site. */
public enum WorkArrangement {
    ON_SITE("On site"),
    HYBRID("Hybrid"),
    REMOTE("Remote");

    private final String label;

    WorkArrangement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
