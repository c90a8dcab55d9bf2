package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MessageKind;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.messages.MessageService;
import health.staffing.candidates.referrals.ReferralForm;
import health.staffing.candidates.referrals.ReferralService;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.scorecards.MyReview;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.Degree;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** HR's candidate grid with the real services; each test rolls back. */
@ViewTest
@Transactional
class CandidateReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;
    @Autowired
    ScorecardService scorecards;
    @Autowired
    MessageService messages;
    @Autowired
    ReferralService referrals;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_filters_from_the_url_selects_and_moves_an_application_to_screening() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.withCv()
                .years(6, 2, null).build()));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                "stage", "APPLIED")));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        List<ReviewRow> rows = rows(view);
        assertThat(rows).extracting(ReviewRow::id).containsExactly(applied.id());
        assertThat(view.requisition.getValue().reference()).isEqualTo(reference);

        view.grid.select(rows.getFirst());
        test(view.moveTo).selectItem("Screening");
        test(view.move).click();

        assertThat(As.user("caregiver", () -> applications.myApplication(applied.id())).orElseThrow().stage())
                .isEqualTo(ApplicationStage.SCREENING);
        assertThat(rows(view)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_sends_not_selected_to_the_selection_after_reading_each_message_and_the_timeline_keeps_it() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.cvOnly()));
        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                "stage", "APPLIED")));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        assertThat(view.message.isEnabled()).isFalse();

        view.grid.select(rows(view).getFirst());
        test(view.message).click();
        roundTrip();
        SendMessageDialog dialog = $(SendMessageDialog.class).single();
        assertThat(dialog.send.isEnabled()).as("nothing to send before a template is chosen").isFalse();
        test(dialog.kind).selectItem("Not selected");

        assertThat(dialog.previews.getElement().getTextRecursively()).contains("Jordan Ellis, MD")
                .contains("Dear Jordan Ellis, MD,").doesNotContain("{candidate}");
        assertThat(dialog.send.getText()).isEqualTo("Send 1 message");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(messages.timeline(applied.id())).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MessageKind.NOT_SELECTED));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_filters_by_credential_match_from_the_url_and_the_choice_goes_back_into_the_url() {
        LocalDate today = LocalDate.now(clock);
        // Seed 004 (102619) asks for MD or DO, board certification, a NY licence and 3/3/5 years.
        MyApplication qualified = As.user("caregiver", () -> applications.apply("102619", ApplicationForms.withCv()
                .degrees(Degree.MD).certification("Internal Medicine", "ABIM", today.plusYears(3))
                .licence("NY", "123456", "Active", today.plusYears(2)).years(8, 4, 6).build()));
        MyApplication unlicensed = As.user("pophealth", () -> applications.apply("102619", ApplicationForms.withCv()
                .degrees(Degree.MD).certification("Family Medicine", "ABFM", today.plusYears(3))
                .licence("MA", "198230", "Active", today.plusYears(2)).years(14, 7, 6).build()));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", "102619",
                "match", "NOT_MET")));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        assertThat(view.match.getValue()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(rows(view)).extracting(ReviewRow::id).containsExactly(unlicensed.id());
        assertThat(rows(view).getFirst().criteriaSummary()).contains("NY medical licence: not met");
        assertThat(view.columnMenu.getItems())
                .extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText).contains("Criteria", "Stage");

        test(view.match).selectItem("Met");

        view = $(CandidateReviewView.class).single();
        assertThat(rows(view)).extracting(ReviewRow::id).containsExactly(qualified.id());
        assertThat(rows(view)).extracting(ReviewRow::match).containsExactly(CriterionOutcome.MET);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("match", List.of("MET")).containsEntry("ref", List.of("102619"));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", "102619",
                "match", "SOMETIMES")));
        view = $(CandidateReviewView.class).single();
        assertThat(view.match.getValue()).isNull();
        assertThat(rows(view)).hasSize(2);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_assigns_a_reviewer_to_the_selected_rows_of_the_grid_and_filters_by_score_from_the_url() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.withCv()
                .years(6, 2, null).build()));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference)));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        view.grid.select(rows(view).getFirst());
        assertThat(view.assign.isEnabled()).isTrue();
        view.assignSelected("reviewer");

        assertThat(As.user("reviewer", () -> scorecards.myReviews(PageRequest.of(0, 10))))
                .extracting(MyReview::applicationId).contains(applied.id());
        assertThat(rows(view).getFirst().score()).isNull();
        assertThat(view.blindFirstPass.isVisible()).isTrue();

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                "minScore", "3.5")));
        view = $(CandidateReviewView.class).single();
        assertThat(view.minScore.getValue()).isEqualTo("3.5");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_referral_is_a_source_shown_with_its_referrer_and_filtered_from_the_url() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        long jordanEmployee = accounts.employeeIdOf("caregiver").orElseThrow();
        As.user("manager", () -> referrals.refer(reference, ReferralForm.colleague(jordanEmployee, null)));
        MyApplication referred = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.cvOnly()));
        MyApplication direct = As.user("regionalmd", () -> applications.apply(reference, ApplicationForms.cvOnly()));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                "source", "Referral")));
        CandidateReviewView view = $(CandidateReviewView.class).single();

        assertThat(view.source.getValue()).isEqualTo("Referral");
        assertThat(rows(view)).extracting(ReviewRow::id).containsExactly(referred.id()).doesNotContain(direct.id());
        assertThat(rows(view).getFirst().referredBy()).isEqualTo("Maya Okafor");
        com.vaadin.flow.component.Component source = test(view.grid).getCellComponent(0, "source");
        assertThat(source.getElement().getTextRecursively()).contains("Internal", "Referral");

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference)));
        assertThat(rows($(CandidateReviewView.class).single())).extracting(ReviewRow::id)
                .contains(referred.id(), direct.id());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_export_has_the_grids_rows_under_its_filter_and_only_the_columns_shown() throws Exception {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        As.user("caregiver", () -> applications.apply(reference, ApplicationForms.withCv().years(6, 2, null).build()));
        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference)));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        view.grid.getColumnByKey("degrees").setVisible(false);

        health.staffing.base.ui.component.ExportLinks.Source<ReviewRow> source = view.exportSource();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long count = health.staffing.base.export.TableWriter.write(health.staffing.base.export.ExportFormat.CSV,
                source.columns(), source.rows(), java.time.ZoneId.of("UTC"), out);

        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        // One requisition chosen: its Ref and Role columns are hidden in the grid, so in the file too.
        assertThat(lines[0]).isEqualTo("\uFEFFCandidate,Source,Referred by,Stage,Submitted,Criteria,"
                + "Clinical years,Leadership years,Managed care years,Score,Scorecards");
        assertThat(count).isEqualTo(rows(view).size()).isPositive();
        assertThat(lines).hasSize(rows(view).size() + 1);
        assertThat(lines[1]).contains(rows(view).getFirst().candidateName());
        assertThat(source.filterDetail()).isEqualTo("ref=" + reference);
    }

    private List<ReviewRow> rows(CandidateReviewView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
    }

    @Test
    @WithMockUser(username = "deputycmo", roles = {"CMO_OFFICE", "HIRING_MANAGER", "CAREGIVER"})
    void someone_who_sees_every_requisition_but_hires_for_none_is_offered_no_requisition_to_review() {
        UI.getCurrent().navigate(CandidateReviewView.class);
        CandidateReviewView view = $(CandidateReviewView.class).single();

        assertThat(view.requisition.getListDataView().getItems()).isEmpty();
        assertThat(rows(view)).isEmpty();
    }
}
