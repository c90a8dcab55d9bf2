package health.staffing.orgchart;

/**
 * How far an import has come, for a progress bar: {@code done} of {@code total} steps of the
 * phase. Reported on the importing thread at least every 500 rows and once at the end of each
 * phase.
 */
public record ImportProgress(Phase phase, int done, int total) {

    public enum Phase {
        /** Reading the file and checking every line against the chart; nothing changes yet. */
        VALIDATING,
        /** Writing the changes (new positions first, then the changes of each row). */
        APPLYING
    }

    /** Between 0 and 1. */
    public double fraction() {
        return total <= 0 ? 1.0 : Math.min(1.0, (double) done / total);
    }
}
