package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the detail panel shows about one position on one day. {@code pathToTop} starts with
 * the position itself; {@code manager} is null for an organisation's top; {@code dyadPartner} is the
 * peer the seat leads with, if any.
 */
public record PositionDetails(PositionSummary position, long version, @Nullable PositionSummary manager,
        List<DottedLine> dottedLines, @Nullable DottedLine dyadPartner, List<PositionSummary> pathToTop, List<Successor> successors,
        @Nullable String successionNote, LocalDate activeFrom, @Nullable LocalDate retiredFrom) {

    /** A named successor candidate with their readiness. */
    public record Successor(long employeeId, String name, SuccessionCandidate.Readiness readiness) {
    }
}
