package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A caregiver's own documents as download links on My applications; the test rolls back. */
@ViewTest
@Transactional
class MyDocumentDownloadViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_caregiver_downloads_their_own_cv_from_my_applications() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication jordan = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.cvOnly()));
        ApplicationDetail.DocumentInfo cv = applications.myDocuments(jordan.id()).stream()
                .filter(d -> d.kind() == DocumentKind.CV).findFirst().orElseThrow();
        navigate(MyApplicationsView.class);

        Anchor link = $(Anchor.class).id("document-" + cv.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        assertThat(out.toByteArray()).isEqualTo(TestDocuments.pdf());
    }
}
