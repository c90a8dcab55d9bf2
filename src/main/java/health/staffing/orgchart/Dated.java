package health.staffing.orgchart;

import health.staffing.base.DomainException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row that holds from a first day (inclusive) until an end day (exclusive; open when null). */
interface Dated {

    LocalDate getEffectiveFrom();

    @Nullable LocalDate getEffectiveTo();

    /** Ends the row on the given day: it holds up to the day before. */
    void endOn(LocalDate day);

    default boolean isEffectiveOn(LocalDate day) {
        return !getEffectiveFrom().isAfter(day) && (getEffectiveTo() == null || getEffectiveTo().isAfter(day));
    }

    /** Starts on or after the day: a plan that a change from that day replaces entirely. */
    default boolean startsOnOrAfter(LocalDate day) {
        return !getEffectiveFrom().isBefore(day);
    }

    static LocalDate checkedEnd(Dated row, LocalDate day) {
        if (!day.isAfter(row.getEffectiveFrom())) {
            throw new DomainException("A change must take effect after " + row.getEffectiveFrom() + ".");
        }
        return day;
    }
}
