package health.staffing.candidates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A board certification as the applicant declared it. */
@Embeddable
public record BoardCertification(@Column(name = "specialty") String specialty, @Column(name = "board") String board,
        @Column(name = "expires_on") LocalDate expiresOn) {
}
