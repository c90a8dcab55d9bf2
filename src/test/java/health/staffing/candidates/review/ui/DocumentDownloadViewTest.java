package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.TestDocuments;
import health.staffing.orgchart.SeatRequisitions;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Documents as download links on the application detail; each test rolls back. */
@ViewTest
@Transactional
class DocumentDownloadViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;

    private MyApplication jordan;

    @BeforeEach
    void jordan_applies_with_a_cv() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.cvOnly()));
    }

    ApplicationDetail.DocumentInfo jordansCv() {
        return As.user("caregiver", () -> applications.myDocuments(jordan.id())).stream()
                .filter(d -> d.kind() == DocumentKind.CV).findFirst().orElseThrow();
    }

    byte[] download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toByteArray();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_hiring_manager_downloads_the_cv_from_the_profile() {
        navigate(ApplicationDetailView.class, Map.of("id", String.valueOf(jordan.id())));

        Anchor link = $(Anchor.class).id("document-" + jordansCv().id());
        assertThat(link.getText()).startsWith("cv.pdf (");
        assertThat(download(link)).isEqualTo(TestDocuments.pdf());
        // The hiring manager does not attach documents: that tab is HR's.
        assertThat($(Div.class).withId("documents-tab").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "someone", roles = {"HIRING_MANAGER"})
    void someone_outside_the_hiring_team_gets_no_screen_and_no_link() {
        navigate("candidates/" + jordan.id(), Component.class);

        assertThat($(ApplicationDetailView.class).all()).isEmpty();
        assertThat($(Anchor.class).withId("document-" + jordansCv().id()).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_attaches_a_reference_letter_that_then_downloads_from_the_profile() {
        com.vaadin.flow.component.UI.getCurrent().navigate("candidates/" + jordan.id(),
                com.vaadin.flow.router.QueryParameters.of("tab", "documents"));
        DocumentsTab.Content tab = $(DocumentsTab.Content.class).single();
        test(tab.kind).selectItem("Reference letter");

        test(tab.file.upload).upload("reference.txt.pdf", "application/pdf", TestDocuments.text());
        roundTrip();
        test(tab.attach).click();
        assertThat(tab.file.error.getText()).contains("whatever its name says");

        test(tab.file.upload).upload("reference.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();
        test(tab.attach).click();
        // The screen stays on the Documents tab after attaching; the profile lists the files.
        assertThat($(TabSheet.class).id("application-tabs").getSelectedIndex()).isPositive();
        com.vaadin.flow.component.UI.getCurrent().navigate("candidates/" + jordan.id());

        String documents = $(Div.class).id("application-documents").getElement().getTextRecursively();
        assertThat(documents).contains("Reference letter").contains("reference.pdf").contains("cv.pdf");
        Anchor reference = $(Anchor.class).all().stream().filter(a -> a.getText().startsWith("reference.pdf"))
                .findFirst().orElseThrow();
        assertThat(download(reference)).isEqualTo(TestDocuments.pdf());
    }
}
