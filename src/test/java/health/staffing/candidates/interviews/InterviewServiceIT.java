package health.staffing.candidates.interviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.PanelInterviews;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.scorecards.MyReview;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.orgchart.SeatRequisitions;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Interviews on seed 002 with Jordan Ellis (caregiver) in the Interview stage; every test rolls back. */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class InterviewServiceIT {

    static final String EASTERN = "America/New_York";

    @Autowired
    InterviewService interviews;
    @Autowired
    ApplicationService applications;
    @Autowired
    StageService stages;
    @Autowired
    CandidateReviewService review;
    @Autowired
    ScorecardService scorecards;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private long jordan;
    private LocalDateTime nextWeek;

    @BeforeEach
    void jordan_is_interviewing_for_seed_002() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))), stage, null));
        }
        nextWeek = LocalDateTime.now(clock.withZone(ZoneId.of(EASTERN))).plusDays(7).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        events.clear();
    }

    private long version(long applicationId) {
        return As.user("recruiter", () -> review.detail(applicationId)).version();
    }

    private InterviewForm form(List<String> panel) {
        return new InterviewForm(nextWeek, EASTERN, 60, "399 Revolution Drive, Room 4", "https://meet.example.org/j/42",
                panel);
    }

    private List<InterviewInvitation> invitations() {
        return events.stream(InterviewInvitation.class).toList();
    }

    private static VEvent event(InterviewInvitation invitation) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(invitation.calendar()));
        assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(invitation.method());
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(PropertyContainer event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void hr_schedules_an_interview_the_panel_become_reviewers_and_everyone_gets_an_invitation() throws Exception {
        InterviewSummary scheduled = As.user("recruiter",
                () -> interviews.schedule(jordan, form(List.of("manager", "pophealth"))));

        assertThat(scheduled.status()).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(scheduled.panel()).containsExactly("Anita Shah", "Maya Okafor");
        assertThat(scheduled.panelUsernames()).containsExactly("pophealth", "manager");
        assertThat(scheduled.when()).matches("\\w{3} \\d{1,2} \\w{3} \\d{4}, 10:00–11:00 E[SD]T");
        // The panel score the candidate: each has a scorecard waiting.
        assertThat(As.user("manager", () -> scorecards.myReviews(PageRequest.of(0, 50)))).extracting(MyReview::applicationId).contains(jordan);
        assertThat(As.user("pophealth", () -> scorecards.myReviews(PageRequest.of(0, 50)))).extracting(MyReview::applicationId).contains(jordan);
        // Jordan and both panel members are invited, each with the same calendar event.
        List<InterviewInvitation> sent = invitations();
        assertThat(sent).extracting(InterviewInvitation::displayName)
                .containsExactlyInAnyOrder("Jordan Ellis, MD", "Maya Okafor, MD", "Anita Shah, MD, MPH");
        VEvent event = event(sent.getFirst());
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.LOCATION)).isEqualTo("399 Revolution Drive, Room 4");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).hasSize(3);
        assertThat(sent.getFirst().subject()).startsWith("Interview invitation: Medical Director for Quality, Primary Care");
        // Jordan sees it in My applications; the panel on home.
        assertThat(As.user("caregiver", () -> interviews.myInterviewsAsCandidate())).extracting(InterviewSummary::id)
                .containsExactly(scheduled.id());
        assertThat(As.user("manager", () -> interviews.upcomingOnMyPanels()))
                .extracting(PanelInterviews.Upcoming::interviewId).contains(scheduled.id());
        assertThat(As.user("cmo", () -> interviews.upcomingOnMyPanels()))
                .extracting(PanelInterviews.Upcoming::interviewId).doesNotContain(scheduled.id());
    }

    @Test
    void a_change_and_a_cancellation_replace_the_calendar_event_same_uid_higher_sequence() throws Exception {
        InterviewSummary scheduled = As.user("recruiter", () -> interviews.schedule(jordan, form(List.of("manager"))));
        String uid = value(event(invitations().getFirst()), Property.UID);
        events.clear();

        InterviewSummary moved = As.user("recruiter", () -> interviews.reschedule(scheduled.id(), scheduled.version(),
                new InterviewForm(nextWeek.plusDays(1), EASTERN, 90, null, "https://meet.example.org/j/42",
                        List.of("manager", "pophealth"))));
        VEvent update = event(invitations().getFirst());
        assertThat(value(update, Property.UID)).isEqualTo(uid);
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
        assertThat(invitations()).extracting(InterviewInvitation::method).containsOnly("REQUEST");
        assertThat(moved.minutes()).isEqualTo(90);
        events.clear();

        As.user("recruiter", () -> interviews.cancel(moved.id(), moved.version(), "The candidate asked to move it"));
        assertThat(invitations()).hasSize(3).extracting(InterviewInvitation::method).containsOnly("CANCEL");
        VEvent cancel = event(invitations().getFirst());
        assertThat(value(cancel, Property.UID)).isEqualTo(uid);
        assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(As.user("caregiver", () -> interviews.myInterviewsAsCandidate())).isEmpty();
    }

    @Test
    void the_candidate_cannot_sit_on_their_own_panel_and_a_caregiver_cannot_schedule() {
        assertThatThrownBy(() -> As.user("recruiter", () -> interviews.schedule(jordan, form(List.of("caregiver")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot review their own application");
        assertThatThrownBy(() -> As.user("caregiver", () -> interviews.schedule(jordan, form(List.of("manager")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("recruiter", () -> interviews.forApplication(jordan))).isEmpty();
        assertThat(invitations()).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_every_problem_and_nothing_is_scheduled() {
        InterviewForm bad = new InterviewForm(LocalDateTime.now(clock).minusDays(1), EASTERN, 5, "x".repeat(201),
                "http://meet.example.org", List.of());

        assertThatThrownBy(() -> As.user("recruiter", () -> interviews.schedule(jordan, bad)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("The interview must be in the future.")
                .hasMessageContaining("Between 15 and 480 minutes.")
                .hasMessageContaining("The place")
                .hasMessageContaining("Enter the video link as an https:// address.")
                .hasMessageContaining("Choose at least one panel member.");
        assertThatThrownBy(() -> As.user("recruiter", () -> interviews.schedule(jordan,
                new InterviewForm(nextWeek, "Mars/Olympus", 60, null, null, List.of("manager")))))
                .hasMessageContaining("is not a time zone").hasMessageContaining("Enter the place, the video link or both.");
        assertThat(As.user("recruiter", () -> interviews.forApplication(jordan))).isEmpty();
    }

    @Test
    void only_an_application_in_interview_or_finalist_gets_interviews_and_an_outcome_waits_for_the_start() {
        InterviewSummary scheduled = As.user("recruiter", () -> interviews.schedule(jordan, form(List.of("manager"))));
        assertThatThrownBy(() -> As.user("recruiter", () -> interviews.recordOutcome(scheduled.id(), scheduled.version(),
                InterviewStatus.DONE, null))).hasMessageContaining("has not started yet");

        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))),
                ApplicationStage.REJECTED, "Another candidate fits better"));
        assertThatThrownBy(() -> As.user("recruiter", () -> interviews.schedule(jordan, form(List.of("manager")))))
                .hasMessageContaining("Move the application to Interview first");
    }
}
