package health.staffing.candidates.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The invitation file, read back with ical4j as a calendar program reads it. */
class InterviewCalendarTest {

    private static final Instant START = Instant.parse("2026-12-15T15:00:00Z");
    private static final InterviewCalendar.Person HR = new InterviewCalendar.Person("Leadership Staffing Portal",
            "staffing-portal@staffing.example.org");
    private static final List<InterviewCalendar.Person> ATTENDEES = List.of(
            new InterviewCalendar.Person("Jordan Ellis, MD", "jordan.ellis@staffing.example.org"),
            new InterviewCalendar.Person("Maya Okafor", "maya.okafor@staffing.example.org"));

    static InterviewCalendar.Event event(int sequence, boolean cancelled) {
        return new InterviewCalendar.Event("interview-42@staffing.example.org", sequence, START.minusSeconds(86_400),
                START, START.plusSeconds(3600), "Interview: Medical Director for Quality, Primary Care (job 102611)",
                "When: Tue 15 Dec 2026, 10:00–11:00 EST\nWhere: 399 Revolution Drive; Room 4, Somerville\nPanel: Maya Okafor",
                "399 Revolution Drive, Room 4, Somerville", "https://meet.example.org/j/123?pwd=a,b", HR, ATTENDEES,
                cancelled);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(PropertyContainer component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void an_invitation_parses_as_a_request_with_its_uid_times_place_and_attendees() throws Exception {
        Calendar calendar = parse(InterviewCalendar.write(event(0, false)));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("interview-42@staffing.example.org");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261215T150000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20261215T160000Z");
        assertThat(value(event, Property.LOCATION)).isEqualTo("399 Revolution Drive, Room 4, Somerville");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("When: Tue 15 Dec 2026, 10:00–11:00 EST\n"
                + "Where: 399 Revolution Drive; Room 4, Somerville\nPanel: Maya Okafor");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:jordan.ellis@staffing.example.org", "mailto:maya.okafor@staffing.example.org");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:staffing-portal@staffing.example.org");
    }

    @Test
    void an_update_keeps_the_uid_with_a_higher_sequence_and_a_cancellation_says_cancel() throws Exception {
        VEvent first = parse(InterviewCalendar.write(event(0, false))).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        Calendar cancelledCalendar = parse(InterviewCalendar.write(event(2, true)));
        VEvent cancelled = cancelledCalendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();

        assertThat(value(cancelled, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(cancelledCalendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void lines_end_with_crlf_and_are_folded_at_75_octets_even_with_accents_and_dashes() {
        String ics = InterviewCalendar.write(event(0, false));

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(ics.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void text_escapes_what_the_rfc_asks() {
        assertThat(InterviewCalendar.text("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
        assertThat(InterviewCalendar.parameter("Dr \"Bob\"\nSmith")).isEqualTo("\"Dr 'Bob' Smith\"");
    }
}
