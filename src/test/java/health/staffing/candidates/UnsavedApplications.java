package health.staffing.candidates;

import java.time.Instant;

/**
 * Candidates and applications built the way the services build them but not saved, for tests in the
 * sub-modules (offers…) that cannot reach the package-private constructors.
 */
public final class UnsavedApplications {

    private UnsavedApplications() {
    }

    public static JobApplication internal(long employeeId, long requisitionId, String reference, String title,
            ApplicationForm form, String by, Instant at) {
        return new JobApplication(Candidate.internal(employeeId), requisitionId, reference, title, form, by, at);
    }

    /** An external person's application, as HR adds one (one candidate per email address). */
    public static JobApplication external(Candidate candidate, long requisitionId, String reference, String title,
            ApplicationForm form, String by, Instant at) {
        return new JobApplication(candidate, JobApplication.Source.EXTERNAL, requisitionId, reference, title, form,
                by, at);
    }

    public static Candidate externalCandidate(String givenName, String familyName, String email) {
        return Candidate.external(givenName, familyName, email, null);
    }
}
