package health.staffing.orgchart;

/**
 * The widths of the org chart's columns (V1). The entities refuse longer text with the limit, the
 * CSV check reports it per row, and HR's dialogs stop typing there.
 */
public final class OrgChartLimits {

    public static final int MAX_CODE = 40;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DEPARTMENT = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_LINE_LABEL = 100;
    public static final int MAX_SUCCESSION_NOTE = 500;
    public static final int MAX_ORGANISATION_NAME = 200;

    private OrgChartLimits() {
    }
}
