package health.staffing.approvals;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An approver lets a delegate decide their steps from one day to another, both inclusive. */
@Entity
@Table(name = "approval_delegation")
class Delegation extends AbstractEntity {

    @Column(nullable = false, updatable = false, length = 100)
    private String delegator;
    @Column(nullable = false, updatable = false, length = 100)
    private String delegate;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected Delegation() {
    }

    Delegation(String delegator, String delegate, LocalDate validFrom, LocalDate validTo) {
        if (delegator.equals(delegate)) {
            throw new DomainException("You cannot delegate your approvals to yourself.");
        }
        if (validFrom == null || validTo == null) {
            throw new DomainException("A delegation needs a first and a last day.");
        }
        if (validTo.isBefore(validFrom)) {
            throw new DomainException("The last day of a delegation cannot be before its first day.");
        }
        this.delegator = delegator;
        this.delegate = delegate;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Shortens the delegation so that {@code lastDay} is its last day; callers delete it when it had not started. */
    void endAfter(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("A delegation cannot end before it starts");
        }
        if (lastDay.isBefore(validTo)) {
            validTo = lastDay;
        }
    }

    String delegator() {
        return delegator;
    }

    String delegate() {
        return delegate;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String describe() {
        return delegator + " → " + delegate + " from " + validFrom + " to " + validTo;
    }
}
