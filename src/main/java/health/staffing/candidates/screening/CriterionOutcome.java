package health.staffing.candidates.screening;

/** How a candidate stands against one screening criterion, or against all of them. */
public enum CriterionOutcome {
    MET("Met"),
    EXPIRING("Expiring"),
    NOT_MET("Not met");

    private final String label;

    CriterionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
