package health.staffing.candidates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A state medical license as the applicant declared it (status e.g. Active, Inactive, Pending). */
@Embeddable
public record StateLicense(@Column(name = "state") String state, @Column(name = "number") String number,
        @Column(name = "status") String status, @Column(name = "expires_on") LocalDate expiresOn) {

    public static final java.util.List<String> STATUSES = java.util.List.of("Active", "Inactive", "Pending",
            "Restricted");
}
