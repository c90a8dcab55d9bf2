package health.staffing.requisitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dotted line a new seat is requested with: the partner position and the short label ("population health"). */
@Embeddable
public record ProposedDottedLine(@Column(name = "position_code") String positionCode, @Column(name = "label") String label) {
}
