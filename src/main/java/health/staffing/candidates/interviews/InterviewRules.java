package health.staffing.candidates.interviews;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an interview accepts, field by field, with the column maxima of V25: the scheduling form
 * shows each message under its field and the service refuses the same values with the same words.
 */
public final class InterviewRules {

    public static final int MAX_LOCATION = 200;
    public static final int MAX_VIDEO_LINK = 500;
    public static final int MAX_TIME_ZONE = 40;
    public static final int MAX_NOTE = 500;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_PANEL = 10;

    private InterviewRules() {
    }

    public static Optional<String> start(@Nullable LocalDateTime start, @Nullable String timeZone, Instant now) {
        if (start == null) {
            return Optional.of("Enter the date and time of the interview.");
        }
        Optional<ZoneId> zone = zone(timeZone);
        if (zone.isPresent() && !start.atZone(zone.get()).toInstant().isAfter(now)) {
            return Optional.of("The interview must be in the future.");
        }
        return Optional.empty();
    }

    public static Optional<String> timeZone(@Nullable String timeZone) {
        if (TextLimits.isBlank(timeZone)) {
            return Optional.of("Choose the time zone of the interview.");
        }
        return TextLimits.problem("The time zone", timeZone, MAX_TIME_ZONE)
                .or(() -> zone(timeZone).isPresent() ? Optional.empty()
                        : Optional.of("\"" + timeZone + "\" is not a time zone (America/New_York)."));
    }

    public static Optional<String> minutes(@Nullable Integer minutes) {
        if (minutes == null) {
            return Optional.of("Enter how long the interview lasts, in minutes.");
        }
        return minutes < MIN_MINUTES || minutes > MAX_MINUTES
                ? Optional.of("Between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.") : Optional.empty();
    }

    public static Optional<String> location(@Nullable String location) {
        return TextLimits.problem("The place", location, MAX_LOCATION);
    }

    public static Optional<String> videoLink(@Nullable String link) {
        if (TextLimits.isBlank(link)) {
            return Optional.empty();
        }
        return TextLimits.problem("The video link", link, MAX_VIDEO_LINK).or(() -> {
            try {
                URI uri = new URI(link.strip());
                return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null ? Optional.empty()
                        : Optional.of("Enter the video link as an https:// address.");
            } catch (URISyntaxException e) {
                return Optional.of("Enter the video link as an https:// address.");
            }
        });
    }

    /** A place, a video link or both: the invitation must say where to go. */
    public static Optional<String> where(@Nullable String location, @Nullable String link) {
        return TextLimits.isBlank(location) && TextLimits.isBlank(link)
                ? Optional.of("Enter the place, the video link or both.") : Optional.empty();
    }

    public static Optional<String> panel(List<String> panel) {
        if (panel.isEmpty()) {
            return Optional.of("Choose at least one panel member.");
        }
        return panel.size() > MAX_PANEL ? Optional.of("At most " + MAX_PANEL + " panel members.") : Optional.empty();
    }

    public static Optional<String> note(@Nullable String note) {
        return TextLimits.textProblem("The note", note, MAX_NOTE);
    }

    /** Every problem with the form, each a sentence; empty when it can be scheduled. */
    public static List<String> problems(InterviewForm form, Instant now) {
        List<String> problems = new ArrayList<>();
        timeZone(form.timeZone()).ifPresent(problems::add);
        start(form.start(), form.timeZone(), now).ifPresent(problems::add);
        minutes(form.minutes()).ifPresent(problems::add);
        location(form.location()).ifPresent(problems::add);
        videoLink(form.videoLink()).ifPresent(problems::add);
        where(form.location(), form.videoLink()).ifPresent(problems::add);
        panel(form.panel()).ifPresent(problems::add);
        return problems;
    }

    static void require(InterviewForm form, Instant now) {
        List<String> problems = problems(form, now);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
    }

    static Optional<ZoneId> zone(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
