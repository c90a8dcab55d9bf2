package health.staffing.candidates;

import java.util.Collection;

/**
 * Assigning a reviewer to applications from the review grid's bulk action (and the demo data),
 * implemented by the scorecards sub-module: an assignment opens the reviewer's scorecard there.
 */
public interface ReviewerAssignments {

    /**
     * Assigns the reviewer to every listed application they are not yet assigned to; the number newly
     * assigned. All or nothing (see the implementation for who may not review).
     */
    int assign(Collection<Long> applicationIds, String reviewer);
}
