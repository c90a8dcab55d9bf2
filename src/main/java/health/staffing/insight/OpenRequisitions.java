package health.staffing.insight;

import java.math.BigDecimal;
import java.util.List;

/**
 * The requisitions open today (drafts to on hold; not filled, rejected or cancelled) and what they would
 * cost a year, broken down five ways. {@code onHold} and {@code sentBack} (changes requested) count those
 * that stand still.
 */
public record OpenRequisitions(long count, long openings, BigDecimal costMin, BigDecimal costMax, List<Tally> byStatus,
        List<Tally> byEntity, List<Tally> byDepartment, List<Tally> byRecruiter, List<Tally> byAge, long onHold,
        long sentBack) {
}
