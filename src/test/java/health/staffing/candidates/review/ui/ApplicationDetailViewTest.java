package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.MyApplication;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.Degree;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The hiring team's view of one application; each test rolls back. */
@ViewTest
@Transactional
class ApplicationDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_sees_the_declared_credentials_documents_and_history() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.withCv()
                .degrees(Degree.MD, Degree.MBA).certification("Internal Medicine", "ABIM", LocalDate.of(2031, 12, 31))
                .licence("MA", "271845", "Active", LocalDate.of(2028, 6, 30)).years(6, 2, null).build()));

        navigate(ApplicationDetailView.class, java.util.Map.of("id", String.valueOf(applied.id())));

        assertThat($(H2.class).id("candidate-name").getText()).isEqualTo("Jordan Ellis, MD");
        String credentials = $(Div.class).id("application-credentials").getElement().getTextRecursively();
        assertThat(credentials).contains("MBA, MD").contains("Internal Medicine (ABIM), until 31 Dec 2031")
                .contains("MA 271845, Active, until 30 Jun 2028");
        assertThat($(Div.class).id("application-documents").getElement().getTextRecursively()).contains("CV");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_screening_tab_lists_each_criterion_with_its_outcome_and_why() {
        LocalDate today = LocalDate.now(clock);
        MyApplication applied = As.user("caregiver", () -> applications.apply("102619", ApplicationForms.withCv()
                .degrees(Degree.MD).certification("Internal Medicine", "ABIM", today.plusYears(3))
                .licence("NY", "123456", "Active", today.plusDays(60)).years(8, 2, 6).build()));

        UI.getCurrent().navigate("candidates/" + applied.id(), QueryParameters.of("tab", "screening"));

        Div screening = $(Div.class).id("application-screening");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("screening-overall").getText()).isEqualTo("Not met");
        String text = screening.getElement().getTextRecursively();
        assertThat(text).contains("Degree: MD or DO").contains("MD declared")
                .contains("NY medical licence").contains("NY licence 123456 active until "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.US).format(today.plusDays(60)) + " — expires in 60 days")
                .contains("Expiring")
                .contains("At least 3 years physician leadership").contains("Declared 2 years.");
    }
}
