package health.staffing.candidates.review;

import health.staffing.candidates.ApplicationStage;
import java.util.List;
import java.util.Map;

/**
 * One requisition's applications at a glance: how many stand at each stage (stages without any are
 * left out) and the most recent ones, newest first.
 */
public record RequisitionPipeline(long requisitionId, long total, Map<ApplicationStage, Long> perStage,
        List<ReviewRow> recent) {
}
