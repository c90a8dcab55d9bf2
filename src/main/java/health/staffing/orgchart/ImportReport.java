package health.staffing.orgchart;

import java.time.LocalDate;

/**
 * What an import changed (or, for a preview, would change) as of {@code effectiveFrom}.
 * {@code created}: new positions (with their manager, incumbent and dotted lines).
 * Among the positions that existed: {@code updated} got a new title, department, location or FTE;
 * {@code moved} a new solid-line manager (or none: a new top); {@code incumbentsChanged} a new
 * incumbent or a vacancy; {@code unchanged} nothing at all. {@code dottedLinesAdded} and
 * {@code dottedLinesRemoved} count lines of all rows, new positions included; a changed label is
 * one removed and one added. A row can count in several of updated, moved and incumbentsChanged.
 */
public record ImportReport(LocalDate effectiveFrom, boolean applied, int rows, int created, int updated, int moved,
        int incumbentsChanged, int dottedLinesAdded, int dottedLinesRemoved, int unchanged) {

    /** True when the file matched the chart exactly. */
    public boolean noChanges() {
        return created == 0 && updated == 0 && moved == 0 && incumbentsChanged == 0 && dottedLinesAdded == 0
                && dottedLinesRemoved == 0;
    }

    /** "12 rows: 2 created, 1 updated, …" for a notification. */
    public String summary() {
        return rows + (rows == 1 ? " row: " : " rows: ") + created + " created, " + updated + " updated, " + moved
                + " moved, " + incumbentsChanged + " incumbents changed, " + dottedLinesAdded + " dotted lines added, "
                + dottedLinesRemoved + " removed, " + unchanged + " unchanged";
    }
}
