package health.staffing.candidates.interviews;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interview as an iCalendar object (RFC 5545) that Outlook and Google accept: one VEVENT with
 * its stable UID and SEQUENCE, METHOD:REQUEST to invite or update, METHOD:CANCEL to cancel. Times
 * are in UTC (no VTIMEZONE needed; every calendar shows them in the reader's zone). Text is escaped
 * and lines are folded at 75 octets with CRLF, as the RFC asks. Pure: a plain unit test reads it
 * back with an iCalendar library.
 */
final class InterviewCalendar {

    static final String PRODID = "-//Leadership Staffing Portal//Interviews//EN";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** Someone on the invitation: the organiser (HR's mailbox) or an attendee. */
    record Person(String name, String email) {
    }

    /** The event as sent: {@code cancelled} turns it into a cancellation of the same UID. */
    record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, String summary,
            String description, @Nullable String location, @Nullable String url, Person organizer,
            List<Person> attendees, boolean cancelled) {
    }

    private InterviewCalendar() {
    }

    static String method(Event event) {
        return event.cancelled() ? "CANCEL" : "REQUEST";
    }

    static String write(Event event) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODID);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method(event));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + text(event.summary()));
        line(ics, "DESCRIPTION:" + text(event.description()));
        if (event.location() != null) {
            line(ics, "LOCATION:" + text(event.location()));
        }
        if (event.url() != null) {
            line(ics, "URL:" + event.url());
        }
        line(ics, "ORGANIZER;CN=" + parameter(event.organizer().name()) + ":mailto:" + event.organizer().email());
        for (Person attendee : event.attendees()) {
            line(ics, "ATTENDEE;CN=" + parameter(attendee.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION"
                    + ";RSVP=TRUE:mailto:" + attendee.email());
        }
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value (a name) in quotes, without the characters a quoted value may not hold. */
    static String parameter(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n\\p{Cntrl}]", " ") + "\"";
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
