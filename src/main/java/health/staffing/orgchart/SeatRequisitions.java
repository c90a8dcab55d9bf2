package health.staffing.orgchart;

import java.util.Collection;
import java.util.Map;

/**
 * The open requisitions of seats, so the chart can badge a vacancy that is already being filled and
 * link to it. Declared here and implemented by the requisitions feature, which depends on the org
 * chart (never the other way round).
 */
public interface SeatRequisitions {

    /** A chart without the requisitions feature shows no requisitions. */
    SeatRequisitions NONE = positionCodes -> Map.of();

    /** Open requisitions by position code; seats without one are absent. */
    Map<String, SeatRequisition> openFor(Collection<String> positionCodes);

    /** The requisition of a seat: its id, job reference and readable status ("Posted"). */
    record SeatRequisition(long id, String reference, String status) {
    }
}
