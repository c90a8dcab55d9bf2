package health.staffing.requisitions;

/** The minimum education a posting asks for, lowest first, so screening can compare levels. */
public enum EducationLevel {
    HIGH_SCHOOL("High school diploma"),
    ASSOCIATE("Associate degree"),
    BACHELOR("Bachelor's degree"),
    MASTER("Master's degree"),
    DOCTORATE_MD_DO("Doctor of Medicine or Osteopathic Medicine (MD/DO)"),
    DOCTORATE_OTHER("Other doctorate (DNP, PhD)");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
