package health.staffing.candidates;

/**
 * What adding an external candidate did: the new application, and, when the address belonged to a
 * person already known, a notice that their record was reused (HR reads it on the next screen).
 */
public record ExternalCandidateAdded(long applicationId, String notice) {
}
