package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One application as the hiring team's detail screen shows it: who applied (an employee, or an
 * external person HR added), for which requisition, what they declared and where it stands.
 * {@code currentPosition} is the internal applicant's seat title today, null for external people;
 * {@code documentsWithheld} says the documents are hidden from this reader (blind first pass).
 */
public record ApplicationDetail(long id, long version, long requisitionId, String reference, String title,
        String candidateName, boolean internal, @Nullable Long employeeId, @Nullable String email,
        @Nullable String currentPosition, ApplicationStage stage, Instant submittedAt, Set<Degree> degrees,
        List<BoardCertification> boardCertifications, List<StateLicense> licenses, @Nullable String npi,
        @Nullable Integer clinicalYears, @Nullable Integer leadershipYears, @Nullable Integer managedCareYears,
        @Nullable Boolean residencyCompleted, List<DocumentInfo> documents, List<StageChange> history,
        boolean documentsWithheld) {

    /** The same without documents: withheld from the hiring team in the blind first pass. */
    public ApplicationDetail withoutDocuments() {
        return new ApplicationDetail(id, version, requisitionId, reference, title, candidateName, internal, employeeId,
                email, currentPosition, stage, submittedAt, degrees, boardCertifications, licenses, npi, clinicalYears,
                leadershipYears, managedCareYears, residencyCompleted, List.of(), history, true);
    }

    /** An uploaded file's description; the bytes are fetched separately when downloaded. */
    public record DocumentInfo(long id, DocumentKind kind, String filename, String contentType, long sizeBytes) {
    }
}
