package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An employee holds a position from {@code effectiveFrom} (inclusive) until {@code effectiveTo} (exclusive). */
@Entity
@Table(name = "position_incumbency")
class Incumbency extends AbstractEntity implements Dated {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id")
    private Position position;

    /** By id: people is another feature. */
    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private @Nullable LocalDate effectiveTo;

    protected Incumbency() {
    }

    Incumbency(Position position, long employeeId, LocalDate effectiveFrom) {
        this.position = position;
        this.employeeId = employeeId;
        this.effectiveFrom = effectiveFrom;
    }

    Position getPosition() {
        return position;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    @Override
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public @Nullable LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    @Override
    public void endOn(LocalDate day) {
        this.effectiveTo = Dated.checkedEnd(this, day);
    }
}
