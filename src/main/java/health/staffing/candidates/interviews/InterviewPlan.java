package health.staffing.candidates.interviews;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A checked {@link InterviewForm}: the instant it starts, in the zone it was planned in, and the rest. */
record InterviewPlan(Instant startsAt, ZoneId zone, int minutes, @Nullable String location, @Nullable String videoLink,
        List<String> panel) {

    /** The form once {@link InterviewRules#problems} found nothing wrong with it. */
    static InterviewPlan of(InterviewForm form, List<String> panel) {
        ZoneId zone = ZoneId.of(Objects.requireNonNull(form.timeZone(), "checked").strip());
        return new InterviewPlan(Objects.requireNonNull(form.start(), "checked").atZone(zone).toInstant(), zone,
                Objects.requireNonNull(form.minutes(), "checked"), clean(form.location()), clean(form.videoLink()),
                panel);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
