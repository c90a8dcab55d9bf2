package health.staffing.candidates;

import org.jspecify.annotations.Nullable;

/**
 * What adding an external candidate did: the new application, and, when the address belonged to a
 * person already known, a notice that their record was reused (HR reads it on the next screen).
 */
public record ExternalCandidateAdded(long applicationId, @Nullable String notice) {
}
