package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One application as the hiring team's detail screen shows it: who applied (an employee, or an
 * external person HR added), for which requisition, what they declared and where it stands.
 * {@code currentPosition} is the internal applicant's seat title today, null for external people.
 */
public record ApplicationDetail(long id, long version, long requisitionId, String reference, String title,
        String candidateName, boolean internal, Long employeeId, String email, String currentPosition,
        ApplicationStage stage, Instant submittedAt, Set<Degree> degrees, List<BoardCertification> boardCertifications,
        List<StateLicense> licenses, String npi, Integer clinicalYears, Integer leadershipYears,
        Integer managedCareYears, List<DocumentInfo> documents, List<StageChange> history) {

    /** An uploaded file's description; the bytes are fetched separately when downloaded. */
    public record DocumentInfo(long id, DocumentKind kind, String filename, String contentType, long sizeBytes) {
    }
}
