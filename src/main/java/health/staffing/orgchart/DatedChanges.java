package health.staffing.orgchart;

import health.staffing.base.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every dated change to the chart shares: the seat is locked at the version its editor saw,
 * rows are replaced from the day the change takes effect, and the change is flushed for the chart's
 * plain-SQL reads.
 */
@Component
class DatedChanges {

    static final String AUDIT_POSITION = "Position";

    private final PositionRepository positions;
    private final EntityManager entityManager;
    private final Clock clock;

    DatedChanges(PositionRepository positions, EntityManager entityManager, Clock clock) {
        this.positions = positions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A change from {@code day}: rows planned to start then or later go; the row in force ends that
     * day. Returns whether a row went: the caller flushes before adding the successor, which may
     * start on the same day (V18's keys; a flush runs inserts before deletes).
     */
    static <T extends Dated> boolean replaceFrom(List<T> rows, LocalDate day, Consumer<T> delete) {
        boolean deleted = false;
        for (T row : rows) {
            if (row.startsOnOrAfter(day)) {
                delete.accept(row);
                deleted = true;
            } else if (row.getEffectiveTo() == null || row.getEffectiveTo().isAfter(day)) {
                row.endOn(day);
            }
        }
        return deleted;
    }

    /** The chart's reads are plain SQL: changes of this transaction must reach the database first. */
    void flush() {
        positions.flush();
    }

    Position position(String code) {
        return positions.findByCode(code).orElseThrow(() -> new DomainException("Unknown position " + code + "."));
    }

    Position activePosition(String code, LocalDate day) {
        return requireActive(position(code), day);
    }

    static Position requireActive(Position position, LocalDate day) {
        if (!position.isActiveOn(day)) {
            throw new DomainException(position.getTitle() + " is not an active position on " + day + ".");
        }
        return position;
    }

    /**
     * The position someone saw at {@code expectedVersion}, locked until the change commits and its
     * version moved on: a change made meanwhile, or at the same moment by someone else, refuses this
     * one instead of being overwritten. Every change to a seat, its incumbents and its lines goes
     * through here, so two incumbents or two managers can never be put in place at once.
     */
    Position lockForChange(String code, long expectedVersion) {
        Position position = position(code);
        if (position.getVersion() != expectedVersion || positions.claim(position.getId(), expectedVersion) == 0) {
            throw changedMeanwhile(position);
        }
        entityManager.refresh(position); // this copy carries the new version from now on
        return position;
    }

    /**
     * Structure changes (moves, retirements) in one organisation one at a time: two at once could each
     * pass the cycle check, or a report be moved under a seat being retired.
     */
    void lockOrganisationOf(String code) {
        entityManager.lock(position(code).getOrganisation(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static DomainException changedMeanwhile(Position position) {
        return new DomainException(position.getTitle() + " was changed by someone else. Reload it and try again.");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How the audit trail shows a position (the CSV import writes the same). */
    static String describe(Position position, @Nullable String managerCode) {
        return position.getCode() + " \"" + position.getTitle() + "\" in " + position.getOrganisation().getCode()
                + (position.getDepartment() == null ? "" : ", " + position.getDepartment())
                + ", FTE " + position.getFte() + " (admin " + position.getAdminFte() + ")"
                + (managerCode == null ? "" : ", reports to " + managerCode);
    }
}
