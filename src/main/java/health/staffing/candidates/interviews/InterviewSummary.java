package health.staffing.candidates.interviews;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interview as the screens show it: for the hiring team on the application, for a panel member
 * on home, for the candidate in My applications. {@code panel} are display names, in the order of
 * {@code panelUsernames}.
 */
public record InterviewSummary(long id, long version, long applicationId, String reference, String title,
        String candidateName, Instant startsAt, int minutes, ZoneId zone, @Nullable String location,
        @Nullable String videoLink, List<String> panel, List<String> panelUsernames, InterviewStatus status, @Nullable String statusNote,
        int sequence) {

    /** "Tue 15 Dec 2026, 10:00–11:00 EST". */
    public String when() {
        return InterviewTimes.when(startsAt, minutes, zone);
    }

    /** The place and the video link, as one line. */
    public String where() {
        return location == null ? "Video call" : videoLink == null ? location : location + " · or video call";
    }
}
