package health.staffing.candidates.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How a requisition's applications are reviewed: for now whether the first pass is blind. */
@Entity
@Table(name = "review_settings")
class ReviewSettings {

    @Id
    @Column(name = "requisition_id")
    private Long requisitionId;
    @Column(name = "blind_first_pass", nullable = false)
    private boolean blindFirstPass;
    @Column(name = "changed_by", nullable = false, length = 100)
    private @Nullable String changedBy;
    @Column(name = "changed_at", nullable = false)
    private @Nullable Instant changedAt;

    protected ReviewSettings() {
    }

    ReviewSettings(long requisitionId) {
        this.requisitionId = requisitionId;
    }

    void blindFirstPass(boolean on, String by, Instant at) {
        this.blindFirstPass = on;
        this.changedBy = by;
        this.changedAt = at;
    }

    boolean isBlindFirstPass() {
        return blindFirstPass;
    }
}
