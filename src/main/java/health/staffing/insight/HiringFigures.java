package health.staffing.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hiring in the period. Time to fill runs from the requisition's approval to the offer's acceptance, time
 * to start to the agreed start date, both for offers accepted in the period. The funnel and the sources
 * count applications submitted in the period; internal mobility is the share of those hired who were
 * already caregivers.
 */
public record HiringFigures(Durations timeToFill, Durations timeToStart, List<Durations> timeToFillByEntity,
        List<Durations> timeToFillByCategory, List<Durations> timeToStartByEntity, List<MonthFigure> trend,
        List<FunnelStage> funnel, List<RequisitionFunnel> perRequisition, List<SourceFigure> sources,
        @Nullable Double internalMobility, OfferFigures offers) {
}
