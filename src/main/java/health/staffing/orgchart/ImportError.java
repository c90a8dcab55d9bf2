package health.staffing.orgchart;

/**
 * One problem in an imported CSV file: the physical line where the record starts (the header is
 * line 1) and a message for the person who wrote the file.
 */
public record ImportError(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
