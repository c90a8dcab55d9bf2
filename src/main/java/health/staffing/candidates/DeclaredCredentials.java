package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credentials an application declares, as screening reads them; missing parts are empty or null
 * ({@code residencyCompleted} null: not said).
 */
public record DeclaredCredentials(Set<Degree> degrees, List<BoardCertification> boardCertifications,
        List<StateLicense> licenses, @Nullable Integer clinicalYears, @Nullable Integer leadershipYears,
        @Nullable Integer managedCareYears, @Nullable Boolean residencyCompleted) {

    /** Credentials that say nothing about a residency. */
    public DeclaredCredentials(Set<Degree> degrees, List<BoardCertification> boardCertifications,
            List<StateLicense> licenses, @Nullable Integer clinicalYears, @Nullable Integer leadershipYears,
            @Nullable Integer managedCareYears) {
        this(degrees, boardCertifications, licenses, clinicalYears, leadershipYears, managedCareYears, null);
    }

    public DeclaredCredentials {
        degrees = degrees == null ? Set.of() : Set.copyOf(degrees);
        boardCertifications = boardCertifications == null ? List.of() : List.copyOf(boardCertifications);
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    static DeclaredCredentials of(ApplicationDetail a) {
        return new DeclaredCredentials(a.degrees(), a.boardCertifications(), a.licenses(), a.clinicalYears(),
                a.leadershipYears(), a.managedCareYears(), a.residencyCompleted());
    }
}
