package health.staffing.requisitions;

/** Degrees a posting accepts (seed 001: "an M.D., D.O., or in some cases, a DNP"). */
public enum Degree {
    MD("MD"),
    DO("DO"),
    DNP("DNP"),
    PHD("PhD"),
    MBA("MBA"),
    MHA("MHA"),
    MPH("MPH"),
    MSN("MSN"),
    BACHELOR("Bachelor's degree");

    private final String label;

    Degree(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
