package health.staffing.insight;

import health.staffing.base.Dates;
import health.staffing.candidates.ApplicationTally.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A dashboard period cut where {@code application_tally} can answer it. The period runs from the first
 * moment of its first day to the moment after its last, in the server's zone; the whole UTC days inside
 * it ({@code firstDay} up to, not including, {@code endDay}) come from the tally — its month rows for
 * the whole UTC months among them ({@code firstMonth} to {@code endMonth}), its day rows for the days
 * before and after them (with no whole month, {@code firstMonth} and {@code endMonth} are {@code endDay}) —
 * and what is left at either end (part of a UTC day, unless the zone is UTC) from the rows. Exact
 * whatever the zone; a period shorter than a day is all rows.
 */
record TallyWindow(Instant from, Instant to, LocalDate firstDay, LocalDate endDay, LocalDate firstMonth,
        LocalDate endMonth) {

    static TallyWindow of(DashboardFilter filter, ZoneId zone) {
        Instant from = Dates.startOf(filter.from(), zone).toInstant();
        Instant to = Dates.after(filter.to(), zone).toInstant();
        LocalDate firstDay = Span.DAY.start(from);
        if (start(firstDay).isBefore(from)) {
            firstDay = firstDay.plusDays(1);
        }
        LocalDate endDay = Span.DAY.start(to);
        if (!firstDay.isBefore(endDay)) {
            return new TallyWindow(from, to, endDay, endDay, endDay, endDay);
        }
        LocalDate firstMonth = firstDay.getDayOfMonth() == 1 ? firstDay : firstDay.withDayOfMonth(1).plusMonths(1);
        LocalDate endMonth = endDay.withDayOfMonth(1);
        if (!firstMonth.isBefore(endMonth)) {
            firstMonth = endDay;
            endMonth = endDay;
        }
        return new TallyWindow(from, to, firstDay, endDay, firstMonth, endMonth);
    }

    /** Whether the tally answers any of the period (it has a whole UTC day). */
    boolean tallied() {
        return firstDay.isBefore(endDay);
    }

    Instant tallyFrom() {
        return start(firstDay);
    }

    Instant tallyTo() {
        return start(endDay);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
