package health.staffing.requisitions;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many people applied to a posting (seed 002's "applicants" counter). Declared here and
 * implemented by the candidates feature, so requisitions never depends on it; the posting page
 * shows no count when no implementation is present, or when the count is not for the viewer.
 */
public interface ApplicantCounts {

    /**
     * Applications to the requisition with this job reference, not counting withdrawn ones; empty
     * unless the person looking is HR or on the requisition's hiring team (and no candidate on it):
     * how many compete is not a caregiver's business.
     */
    OptionalLong applicantsFor(long requisitionId, String reference);

    /** When the signed-in caregiver applied to this job, if they did (one application per job, even if withdrawn). */
    Optional<Instant> myApplicationDate(String reference);
}
