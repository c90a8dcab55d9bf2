package health.staffing.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * What an HR file changed (or, previewed, would change) on {@code day}, with the first
 * {@value #SAMPLES} of each kind described for the person to check.
 */
public record HrImportReport(LocalDate day, boolean applied, int rows, int created, int changed, int moved,
        int terminated, int terminationsScheduled, int rehired, int unchanged, List<String> samples) {

    static final int SAMPLES = 100;

    public HrImportReport {
        samples = List.copyOf(samples);
    }

    public boolean noChanges() {
        return created == 0 && changed == 0 && moved == 0 && terminated == 0 && terminationsScheduled == 0 && rehired == 0;
    }

    /** "100,000 rows: 12 new, 3 changed, …" for a notification and the audit trail. */
    public String summary() {
        return String.format("%,d rows: %,d new, %,d changed, %,d moved, %,d terminated, %,d terminations scheduled,"
                + " %,d rehired, %,d unchanged", rows, created, changed, moved, terminated, terminationsScheduled, rehired,
                unchanged);
    }
}
