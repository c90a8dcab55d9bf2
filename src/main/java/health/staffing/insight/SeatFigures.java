package health.staffing.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Leadership seats today: the vacant ones (longest vacant first, at most {@link #LISTED}) with their
 * median vacancy days and how many have no open requisition; seats at retirement risk, with and without
 * a successor named and ready.
 */
public record SeatFigures(long vacant, @Nullable Double medianVacantDays, long vacantWithoutRequisition,
        List<VacantSeat> longestVacant, long atRisk, long atRiskWithoutSuccessor, long atRiskReadyNow,
        List<RiskSeat> riskSeats) {

    /** How many seats a list shows; the counts are over all of them. */
    public static final int LISTED = 50;
}
