package health.staffing.requisitions;

/** What a requisition asks for: a seat that does not exist yet, or a new person for a vacant seat. */
public enum RequisitionKind {
    NEW_POSITION("New position"),
    REPLACEMENT("Replacement");

    private final String label;

    RequisitionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
