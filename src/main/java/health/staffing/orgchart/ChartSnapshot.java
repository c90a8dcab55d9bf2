package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.Map;

/**
 * The whole chart on one day, by position code, as the CSV file would show it: every position
 * active that day ({@code active}), and the codes that exist but are not active that day with the
 * reason ({@code inactive}: "retired from 2026-03-01", "starts on 2027-01-01").
 */
record ChartSnapshot(LocalDate day, Map<String, OrgChartRow> active, Map<String, String> inactive) {

    ChartSnapshot {
        active = Map.copyOf(active);
        inactive = Map.copyOf(inactive);
    }
}
