package health.staffing.candidates;

import java.util.Set;

/**
 * What the candidate review grid is filtered by; every part optional. {@code reference} is a
 * requisition's job reference, {@code internal} true for caregivers, false for external people,
 * {@code match} today's screening outcome (applications never evaluated match none).
 */
public record ReviewFilter(String reference, Set<ApplicationStage> stages, Boolean internal, CriterionOutcome match) {

    public ReviewFilter(String reference, Set<ApplicationStage> stages, Boolean internal) {
        this(reference, stages, internal, null);
    }

    public static ReviewFilter none() {
        return new ReviewFilter(null, Set.of(), null, null);
    }
}
