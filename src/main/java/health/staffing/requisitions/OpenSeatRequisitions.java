package health.staffing.requisitions;

import health.staffing.orgchart.SeatRequisitions;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the org chart which seats have an open requisition. Everyone may see that a vacancy is
 * being filled (the chart is public to signed-in people), so the lookup is not row-filtered; the
 * link it leads to is.
 */
@Component
class OpenSeatRequisitions implements SeatRequisitions {

    private final RequisitionService requisitions;

    OpenSeatRequisitions(RequisitionService requisitions) {
        this.requisitions = requisitions;
    }

    @Override
    public Map<String, SeatRequisition> openFor(Collection<String> positionCodes) {
        Map<String, OpenRequisition> open = requisitions.openRequisitionsFor(new HashSet<>(positionCodes));
        return open.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> new SeatRequisition(
                entry.getValue().id(), entry.getValue().reference(), entry.getValue().status().label())));
    }
}
