package health.staffing.candidates.messages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import health.staffing.ViewTest;
import health.staffing.candidates.MessageKind;
import health.staffing.candidates.messages.MessageService;
import health.staffing.candidates.messages.TemplateSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** HR's message templates page; each test rolls back. */
@ViewTest
@Transactional
class MessageTemplatesViewTest extends SpringBrowserlessTest {

    @Autowired
    MessageService messages;

    private TemplateSummary stored(MessageKind kind) {
        return messages.templates().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_edits_a_template_sees_it_with_sample_values_and_saves_it() {
        UI.getCurrent().navigate("message-templates");
        MessageTemplatesView view = $(MessageTemplatesView.class).single();
        test(view.kind).selectItem("Not selected");
        assertThat(view.subject.getValue()).isEqualTo("Your application for {role}");

        test(view.body).setValue("Dear {candidate},\nWe chose another candidate for {role}.\n{recruiter}");
        assertThat(view.preview.getElement().getTextRecursively()).contains("Dear Jordan Ellis, MD,")
                .contains("We chose another candidate for Medical Director for Quality, Primary Care.");
        test(view.save).click();

        assertThat(stored(MessageKind.NOT_SELECTED).body()).startsWith("Dear {candidate},\nWe chose another");
        assertThat(view.saved.getText()).contains("by recruiter");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_unknown_merge_field_or_an_empty_subject_is_marked_on_its_field_and_nothing_is_saved() {
        UI.getCurrent().navigate("message-templates");
        MessageTemplatesView view = $(MessageTemplatesView.class).single();
        test(view.kind).selectItem("Offer");
        String before = stored(MessageKind.OFFER).body();

        test(view.body).setValue("Dear {candiate}, congratulations");
        test(view.subject).setValue(" ");
        test(view.save).click();

        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).startsWith("Unknown merge field {candiate}.");
        assertThat(view.subject.getErrorMessage()).isEqualTo("Enter the subject.");
        assertThat(view.body.getValue()).isEqualTo("Dear {candiate}, congratulations");
        assertThat(stored(MessageKind.OFFER).body()).isEqualTo(before);
    }
}
