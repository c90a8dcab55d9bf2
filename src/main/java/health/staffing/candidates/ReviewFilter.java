package health.staffing.candidates;

import java.util.Set;

/**
 * What the candidate review grid is filtered by; every part optional. {@code reference} is a
 * requisition's job reference, {@code internal} true for caregivers, false for external people.
 */
public record ReviewFilter(String reference, Set<ApplicationStage> stages, Boolean internal) {

    public static ReviewFilter none() {
        return new ReviewFilter(null, Set.of(), null);
    }
}
