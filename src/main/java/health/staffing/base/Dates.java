package health.staffing.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the portal writes days and moments, everywhere: "4 Dec 2026" and "4 Dec 2026, 14:05" in the
 * portal's time zone (the server's, the same as the application {@link java.time.Clock}), "—" when
 * there is none. Two rules instead of one format per screen.
 */
public final class Dates {

    private static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private Dates() {
    }

    /** The first moment of the day in {@code zone}: a period's lower bound (inclusive) in SQL. */
    public static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first moment after the day in {@code zone}: a period's upper bound (exclusive) in SQL. */
    public static OffsetDateTime after(LocalDate day, ZoneId zone) {
        return startOf(day.plusDays(1), zone);
    }

    public static String day(@Nullable LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    /** The day an instant falls on in the portal's time zone. */
    public static String day(@Nullable Instant instant) {
        return instant == null ? NONE : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String moment(@Nullable Instant instant) {
        return instant == null ? NONE : MOMENT.format(instant.atZone(ZoneId.systemDefault()));
    }
}
