package health.staffing.candidates.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.CandidateMessages;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.candidates.MessageKind;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.SeatRequisitions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Jordan (caregiver) and Lena (external) applied to seed 002; every test rolls back. */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class MessageServiceIT {

    @Autowired
    MessageService messages;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    NotificationService notifications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationEvents events;

    private long jordan;
    private long lena;

    @BeforeEach
    void two_candidates_applied() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();
        lena = As.user("recruiter", () -> external.addConfirmingNotADuplicate(quality, new ExternalCandidateForm("Lena",
                "Marsh", "lena.marsh@example.org", null, ApplicationForms.cvOnly()))).applicationId();
    }

    @Test
    void hr_previews_each_message_with_its_fields_filled_and_nothing_is_sent_yet() {
        List<CandidateMessages.Rendered> preview = As.user("recruiter",
                () -> messages.preview(List.of(jordan, lena), MessageKind.NOT_SELECTED));

        assertThat(preview).extracting(CandidateMessages.Rendered::candidateName)
                .containsExactly("Jordan Ellis, MD", "Lena Marsh");
        assertThat(preview.get(1).to()).isEqualTo("lena.marsh@example.org");
        assertThat(preview.get(1).subject()).isEqualTo("Your application for Medical Director for Quality, Primary Care");
        assertThat(preview.get(1).body()).startsWith("Dear Lena Marsh,").contains("(job 102", "Sam Patel")
                .doesNotContain("{");
        assertThat(As.user("recruiter", () -> messages.timeline(lena))).isEmpty();
    }

    @Test
    void sending_keeps_each_message_on_the_timeline_a_caregiver_is_notified_and_an_external_candidate_emailed() {
        int sent = As.user("recruiter", () -> messages.send(List.of(jordan, lena), MessageKind.NOT_SELECTED));

        assertThat(sent).isEqualTo(2);
        assertThat(As.user("recruiter", () -> messages.timeline(lena))).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.NOT_SELECTED);
            assertThat(message.recipient()).isEqualTo("lena.marsh@example.org");
            assertThat(message.sentBy()).isEqualTo("recruiter");
        });
        assertThat(events.stream(CandidateMessageMail.class)).extracting(CandidateMessageMail::address)
                .containsExactly("lena.marsh@example.org");
        assertThat(As.user("caregiver", () -> notifications.recent(10))).extracting(NotificationItem::subject)
                .contains("Your application for Medical Director for Quality, Primary Care");
    }

    @Test
    void a_template_with_an_unknown_field_is_refused_and_a_good_one_is_saved_and_used() {
        TemplateSummary template = As.user("recruiter", () -> messages.templates()).stream()
                .filter(t -> t.kind() == MessageKind.ACKNOWLEDGEMENT).findFirst().orElseThrow();

        assertThatThrownBy(() -> As.user("recruiter", () -> messages.saveTemplate(MessageKind.ACKNOWLEDGEMENT,
                template.version(), "Thanks {candiate}", template.body()))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Unknown merge field {candiate}.");
        TemplateSummary saved = As.user("recruiter", () -> messages.saveTemplate(MessageKind.ACKNOWLEDGEMENT,
                template.version(), "Thanks, {candidate}", "We have your application for {role}."));
        assertThat(As.user("recruiter", () -> messages.preview(List.of(lena), MessageKind.ACKNOWLEDGEMENT)))
                .singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Thanks, Lena Marsh"));
        assertThatThrownBy(() -> As.user("recruiter", () -> messages.saveTemplate(MessageKind.ACKNOWLEDGEMENT,
                template.version(), "Stale", "Stale"))).hasMessageContaining("Someone else changed");
        assertThat(saved.modifiedBy()).isEqualTo("recruiter");
    }

    @Test
    void only_hr_sends_and_nobody_messages_candidates_of_a_requisition_they_are_a_candidate_on() {
        assertThatThrownBy(() -> As.user("caregiver", () -> messages.send(List.of(jordan), MessageKind.NOT_SELECTED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("manager", new String[] {"HIRING_MANAGER", "CAREGIVER"},
                () -> messages.send(List.of(jordan), MessageKind.NOT_SELECTED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("recruiter", () -> messages.send(List.of(), MessageKind.OFFER)))
                .hasMessage("Select at least one application.");
        assertThat(As.user("recruiter", () -> messages.timeline(jordan))).isEmpty();
    }
}
