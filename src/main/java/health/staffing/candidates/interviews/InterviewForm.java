package health.staffing.candidates.interviews;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interview as HR types it: the local date and time in a time zone (the place's, or the
 * candidate's for a video call), its length, where, and the panel by user name.
 */
public record InterviewForm(@Nullable LocalDateTime start, @Nullable String timeZone, @Nullable Integer minutes,
        @Nullable String location, @Nullable String videoLink, List<String> panel) {

    public InterviewForm {
        panel = panel == null ? List.of() : List.copyOf(panel);
    }
}
