package health.staffing.candidates;

import org.jspecify.annotations.Nullable;

/**
 * What HR enters for an external person: who they are and how to reach them (phone optional), the
 * employee number when the person has one with us (a former employee, say: then they are refused
 * here, as employees apply themselves), and the same documents and credentials a caregiver declares.
 */
public record ExternalCandidateForm(String givenName, String familyName, String email, @Nullable String phone,
        @Nullable String employeeNumber, ApplicationForm application) {

    /** A person without an employee number. */
    public ExternalCandidateForm(String givenName, String familyName, String email, @Nullable String phone,
            ApplicationForm application) {
        this(givenName, familyName, email, phone, null, application);
    }
}
