package health.staffing.orgchart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One position as a line of the CSV file: what it is, where it sits, who holds it (by employee
 * number) and its outgoing dotted lines, all by business key. The export writes these; the import
 * compares them with the chart. Empty texts are null.
 */
record OrgChartRow(String code, String title, @Nullable String department, String organisationCode,
        @Nullable String managerCode, @Nullable String incumbentNumber, BigDecimal fte, BigDecimal adminFte,
        @Nullable String locationCity, @Nullable String locationState, List<Dotted> dottedLines) {

    OrgChartRow {
        dottedLines = List.copyOf(dottedLines);
    }

    /** An outgoing dotted line: to the partner's position code, with its label. */
    record Dotted(String partnerCode, String label) {
    }

    /** Same title, department, location and FTE (what {@link Position#describe} changes). */
    boolean describesSameAs(OrgChartRow other) {
        return java.util.Objects.equals(title, other.title) && java.util.Objects.equals(department, other.department)
                && java.util.Objects.equals(locationCity, other.locationCity)
                && java.util.Objects.equals(locationState, other.locationState)
                && fte.compareTo(other.fte) == 0 && adminFte.compareTo(other.adminFte) == 0;
    }
}
