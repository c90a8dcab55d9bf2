package health.staffing.candidates.scorecards;

import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.StateLicense;
import health.staffing.requisitions.Degree;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The candidate as an assigned reviewer sees them: who (unless {@code blind}) and the credentials
 * they declared. In the blind first pass the name is an alias and the current position, licence
 * numbers and every expiry date are left out by the service.
 */
public record ReviewCandidate(long applicationId, long requisitionId, String reference, String title,
        String candidateName, boolean blind, boolean internal, @Nullable String currentPosition, ApplicationStage stage,
        Set<Degree> degrees, List<BoardCertification> boardCertifications, List<StateLicense> licenses,
        @Nullable Integer clinicalYears, @Nullable Integer leadershipYears, @Nullable Integer managedCareYears) {
}
