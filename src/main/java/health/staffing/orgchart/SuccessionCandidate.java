package health.staffing.orgchart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An employee named as a possible successor for a seat, with how soon they could step in. */
@Embeddable
public record SuccessionCandidate(
        @Column(name = "employee_id", nullable = false) Long employeeId,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Readiness readiness) {

    public enum Readiness {
        READY_NOW("Ready now"),
        READY_1_2_YEARS("Ready in 1–2 years"),
        READY_3_PLUS_YEARS("Ready in 3+ years");

        private final String label;

        Readiness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
