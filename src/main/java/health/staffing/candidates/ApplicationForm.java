package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a caregiver submits with an application. The cover letter is optional.
 *
 * @param residencyCompleted true when the applicant completed an ACGME- or AOA-accredited residency;
 *                           null when they did not say
 */
public record ApplicationForm(@Nullable UploadedDocument cv, @Nullable UploadedDocument coverLetter,
        Set<Degree> degrees, List<BoardCertification> boardCertifications, List<StateLicense> licenses,
        @Nullable String npi, @Nullable Integer clinicalYears, @Nullable Integer leadershipYears,
        @Nullable Integer managedCareYears, @Nullable Boolean residencyCompleted) {

    /** A form that says nothing about a residency. */
    public ApplicationForm(@Nullable UploadedDocument cv, @Nullable UploadedDocument coverLetter,
            Set<Degree> degrees, List<BoardCertification> boardCertifications, List<StateLicense> licenses,
            @Nullable String npi, @Nullable Integer clinicalYears, @Nullable Integer leadershipYears,
            @Nullable Integer managedCareYears) {
        this(cv, coverLetter, degrees, boardCertifications, licenses, npi, clinicalYears, leadershipYears,
                managedCareYears, null);
    }
}
