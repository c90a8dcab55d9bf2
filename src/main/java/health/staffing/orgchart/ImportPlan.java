package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.List;

/**
 * What a valid CSV file changes as of {@code day}: one {@link Change} per row that changes
 * anything, in file order. {@code unchanged} rows of existing positions need nothing.
 */
record ImportPlan(LocalDate day, int rows, List<Change> changes, int unchanged) {

    ImportPlan {
        changes = List.copyOf(changes);
    }

    /**
     * A row that changes the chart. {@code row} is the file's (normalised) line. A {@code created}
     * position gets everything the row says; an existing one only what the flags and lists name.
     */
    record Change(int line, OrgChartRow row, boolean created, boolean describe, boolean move, boolean incumbent,
            List<OrgChartRow.Dotted> dottedAdded, List<OrgChartRow.Dotted> dottedRemoved) {

        Change {
            dottedAdded = List.copyOf(dottedAdded);
            dottedRemoved = List.copyOf(dottedRemoved);
        }

        /** Needs its lines read and written (a manager or dotted lines change). */
        boolean touchesLines() {
            return move || !dottedAdded.isEmpty() || !dottedRemoved.isEmpty();
        }
    }

    List<Change> created() {
        return changes.stream().filter(Change::created).toList();
    }

    ImportReport report(boolean applied) {
        int created = 0;
        int updated = 0;
        int moved = 0;
        int incumbents = 0;
        int added = 0;
        int removed = 0;
        for (Change change : changes) {
            if (change.created()) {
                created++;
            } else {
                updated += change.describe() ? 1 : 0;
                moved += change.move() ? 1 : 0;
                incumbents += change.incumbent() ? 1 : 0;
            }
            added += change.dottedAdded().size();
            removed += change.dottedRemoved().size();
        }
        return new ImportReport(day, applied, rows, created, updated, moved, incumbents, added, removed, unchanged);
    }
}
