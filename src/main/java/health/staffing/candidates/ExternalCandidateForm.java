package health.staffing.candidates;

/**
 * What HR enters for an external person: who they are and how to reach them (phone optional), and
 * the same documents and credentials a caregiver declares when applying.
 */
public record ExternalCandidateForm(String givenName, String familyName, String email, String phone,
        ApplicationForm application) {
}
