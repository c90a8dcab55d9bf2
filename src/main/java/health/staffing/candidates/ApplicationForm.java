package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.util.List;
import java.util.Set;

/** What a caregiver submits with an application. The cover letter is optional. */
public record ApplicationForm(UploadedDocument cv, UploadedDocument coverLetter, Set<Degree> degrees,
        List<BoardCertification> boardCertifications, List<StateLicense> licenses, String npi, Integer clinicalYears,
        Integer leadershipYears, Integer managedCareYears) {
}
