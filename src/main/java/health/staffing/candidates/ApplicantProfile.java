package health.staffing.candidates;

/** The signed-in caregiver's employee record as the application form shows it (read-only). */
public record ApplicantProfile(String fullName, String employeeNumber, String email, String currentPosition) {
}
