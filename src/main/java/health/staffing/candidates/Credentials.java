package health.staffing.candidates;

import java.time.LocalDate;

/** What a declared credential's dates may be: a typo such as year 20225 or 0202 is refused, not kept. */
final class Credentials {

    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Credentials() {
    }

    static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
