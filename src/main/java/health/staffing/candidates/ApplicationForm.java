package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a caregiver submits with an application. The cover letter is optional. */
public record ApplicationForm(@Nullable UploadedDocument cv, @Nullable UploadedDocument coverLetter,
        Set<Degree> degrees, List<BoardCertification> boardCertifications, List<StateLicense> licenses,
        @Nullable String npi, @Nullable Integer clinicalYears, @Nullable Integer leadershipYears,
        @Nullable Integer managedCareYears) {
}
