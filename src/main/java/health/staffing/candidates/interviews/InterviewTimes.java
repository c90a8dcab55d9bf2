package health.staffing.candidates.interviews;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an interview's time reads in the portal and the emails: in the zone it was planned in, named. */
final class InterviewTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);
    private static final DateTimeFormatter TIME_AND_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);

    private InterviewTimes() {
    }

    static String when(Instant start, int minutes, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        return DAY_AND_TIME.format(from) + "–" + TIME_AND_ZONE.format(from.plusMinutes(minutes));
    }
}
