package health.staffing.candidates.review;

/** A reviewer's overall recommendation on a scorecard, from "Strong no" to "Strong yes". */
public enum Recommendation {
    STRONG_NO("Strong no"),
    NO("No"),
    YES("Yes"),
    STRONG_YES("Strong yes");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
