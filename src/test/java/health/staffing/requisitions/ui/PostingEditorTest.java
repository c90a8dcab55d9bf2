package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import health.staffing.ViewTest;
import health.staffing.demo.SeedPosting;
import health.staffing.demo.SeedPostings;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.requisitions.ApprovalOutcome;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingSectionKind;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.PostingVisibility;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.requisitions.VacantTwin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The posting editor as HR uses it inside the requisition detail, on the seed seats; every test rolls back. */
@ViewTest
@Transactional
class PostingEditorTest extends SpringBrowserlessTest {

    @Autowired
    PostingService postings;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entityManager;

    long approved(RequisitionForm form) {
        RequisitionDetails draft = requisitions.create(VacantTwin.of(orgChart, structure, form));
        RequisitionDetails submitted = requisitions.submit(draft.id(), draft.version());
        publisher.publishEvent(new ApprovalOutcome(draft.id(), submitted.approvalRound(),
                ApprovalOutcome.Decision.APPROVED, "cmo", null));
        return draft.id();
    }

    PostingEditor editor(long requisitionId) {
        PostingEditor editor = new PostingEditor(postings, requisitionId);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(editor);
        return editor;
    }

    /** Types a posting into the editor the way HR would: clears the outline, adds every section, fills the fields. */
    static void enter(PostingEditor editor, PostingContent content) {
        while (!editor.sections.rows.isEmpty()) {
            editor.sections.rows.getFirst().remove.click();
        }
        for (PostingSection section : content.sections()) {
            editor.sections.addSection.click();
            SectionRow row = editor.sections.rows.getLast();
            row.kind.setValue(section.kind());
            row.heading.setValue(section.heading());
            row.body.setValue(section.body());
        }
        PostingRequirements r = content.requirements();
        editor.educationMinimum.setValue(r.educationMinimum());
        editor.acceptedDegrees.setValue(r.acceptedDegrees());
        editor.clinicalYears.setNumber(r.clinicalYearsPostResidency());
        editor.leadershipYears.setNumber(r.leadershipYears());
        editor.managedCareYears.setNumber(r.managedCareYears());
        editor.preferredDegrees.setValue(r.preferredDegrees());
        editor.combinedYears.setNumber(r.combinedYears());
        editor.residency.setValue(r.residencyRequired());
        editor.otherLocations.setValue(String.join("\n", content.otherLocations()));
        editor.licenceStates.setValue(String.join(", ", r.licenceStates()));
        editor.boardCertification.setValue(r.boardCertificationRequired());
        editor.competencies.setValue(String.join("\n", r.competencies()));
        editor.visibility.setValue(content.visibility());
        editor.internalDays.setNumber(content.internalDays());
        editor.openDate.setValue(content.openDate());
        editor.closeDate.setValue(content.closeDate());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void every_seed_can_be_entered_saved_reloaded_and_published_without_losing_content() {
        for (SeedPosting seed : SeedPostings.all()) {
            long id = approved(seed.requisitionForm("manager", "recruiter"));
            PostingEditor editor = editor(id);
            enter(editor, seed.content());
            test(editor.save).click();

            PostingEditor reloaded = editor(id);

            assertThat(reloaded.sections.rows).extracting(SectionRow::value).as("seed %s", seed.seed())
                    .containsExactlyElementsOf(seed.content().sections());
            assertThat(reloaded.content()).as("seed %s", seed.seed()).isEqualTo(seed.content());
            assertThat(postings.find(id).orElseThrow().content()).isEqualTo(seed.content());

            test(reloaded.publish).click();

            assertThat(reloaded.problem.isVisible()).as("seed %s: %s", seed.seed(), reloaded.problem.getText()).isFalse();
            assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.POSTED);
            assertThat(test(reloaded.history).size()).isEqualTo(1);
            assertThat(postings.live(id).orElseThrow().document()).isEqualTo(reloaded.preview.document());
        }
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_live_preview_shows_the_posting_with_facts_from_the_requisition_and_the_org_chart() {
        SeedPosting seed = SeedPostings.seed004();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        String reference = requisitions.details(id).reference();

        editor.sections.rows.getFirst().body.setValue("- Reviews cases, determines medical necessity");

        assertThat(editor.preview.document()).contains("# Senior Director of Medical Directors",
                "**Job reference:** " + reference,
                "**Location:** 50 Water Street, 7th Floor, New York, NY",
                "**Work arrangement:** Hybrid, 1 day a week on site",
                "**Pay range:** $340,000 – $350,000 per year",
                "**Reports to:** Chief Medical Officer",
                "**Dotted line to:** VP of Clinical Services (UM operations)",
                "- Reviews cases, determines medical necessity");

        editor.visibility.setValue(health.staffing.requisitions.PostingVisibility.INTERNAL_ONLY);
        assertThat(editor.preview.document()).contains("**Who may apply:** Internal caregivers only");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void sections_can_be_added_reordered_and_removed() {
        long id = approved(SeedPostings.seed003().requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        enter(editor, new PostingContent(List.of(new PostingSection(PostingSectionKind.OVERVIEW, "First", "one"),
                new PostingSection(PostingSectionKind.BENEFITS, "Second", "two"),
                new PostingSection(PostingSectionKind.OTHER, "Third", "three")), null, null, 14,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1)));

        test(editor.sections.rows.get(2).up).click();
        test(editor.sections.rows.getFirst().remove).click();

        assertThat(editor.sections.rows).extracting(row -> row.heading.getValue()).containsExactly("Third", "Second");
        assertThat(editor.preview.document().indexOf("## Third")).isLessThan(editor.preview.document().indexOf("## Second"));
        assertThat(editor.preview.document()).doesNotContain("## First");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void script_handlers_and_javascript_links_never_reach_the_preview_or_the_stored_posting() {
        SeedPosting seed = SeedPostings.seed001();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        enter(editor, seed.content());
        String payloads = String.join("\n\n", health.staffing.requisitions.PostingSanitiserTestPayloads.ALL);

        editor.sections.rows.getFirst().body.setValue(payloads);
        editor.sections.rows.getFirst().heading.setValue("<script>alert(1)</script>Overview");

        assertSafe(editor.preview.document());
        test(editor.publish).click();
        PostingContent stored = postings.find(id).orElseThrow().content();
        assertSafe(stored.sections().getFirst().body());
        assertThat(stored.sections().getFirst().heading()).isEqualTo("Overview");
        assertSafe(postings.live(id).orElseThrow().document());
        assertSafe(editor.preview.document());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_pay_transparency_refusal_names_the_law_and_keeps_what_was_typed() {
        SeedPosting seed = SeedPostings.seed002();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        // Approved before submission checked the range (a requisition from before issue 15).
        jdbc.update("update requisition set salary_max = 500000 where id = ?", id);
        entityManager.clear();
        PostingEditor editor = editor(id);
        enter(editor, seed.content());

        test(editor.publish).click();

        assertThat(editor.problem.isVisible()).isTrue();
        assertThat(editor.problem.getText()).contains("Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)",
                "too wide");
        assertThat(editor.sections.rows).extracting(SectionRow::value).containsExactlyElementsOf(seed.content().sections());
        assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.APPROVED);
        assertThat(postings.versions(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_close_date_before_the_open_date_is_marked_and_nothing_is_saved() {
        long id = approved(SeedPostings.seed000().requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        long version = postings.find(id).orElseThrow().version();

        editor.openDate.setValue(LocalDate.of(2026, 3, 10));
        editor.closeDate.setValue(LocalDate.of(2026, 3, 1));
        test(editor.save).click();

        assertThat(editor.closeDate.isInvalid()).isTrue();
        assertThat(editor.closeDate.getErrorMessage()).isEqualTo("The close date must be after the open date");
        assertThat(editor.closeDate.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(postings.find(id).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_posting_open_until_filled_and_to_external_candidates_from_day_one_is_an_explicit_choice() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        enter(editor, seed.content());
        editor.visibility.setValue(PostingVisibility.OPEN_TO_ALL);
        editor.openDate.setValue(LocalDate.now());
        editor.closeDate.clear();
        long version = postings.find(id).orElseThrow().version();

        test(editor.save).click();

        // A forgotten close date is not "until filled": the choice is asked for.
        assertThat(editor.closeDate.isInvalid()).isTrue();
        assertThat(editor.closeDate.getErrorMessage()).isEqualTo("Choose the close date, or tick \"Open until filled\"");
        assertThat(postings.find(id).orElseThrow().version()).isEqualTo(version);

        editor.untilFilled.setValue(true);
        assertThat(editor.closeDate.isEnabled()).isFalse();
        test(editor.save).click();
        test(editor.publish).click();

        PublishedPosting live = postings.live(id).orElseThrow();
        assertThat(live.closeDate()).isNull();
        assertThat(live.visibility()).isEqualTo(PostingVisibility.OPEN_TO_ALL);
        assertThat(live.document()).contains("until filled")
                .contains("Internal caregivers and external candidates from day one");
        assertThat(editor(id).untilFilled.getValue()).as("reloaded").isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void preferred_degrees_and_combined_experience_are_kept_published_and_never_overlap_the_required_ones() {
        SeedPosting seed = SeedPostings.seed001();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        PostingContent typed = new PostingContent(seed.content().sections(), seed.content().requirements()
                .withPreferred(java.util.Set.of(Degree.MBA, Degree.MHA), 5).withResidency(true),
                seed.content().visibility(),
                seed.content().internalDays(), seed.content().openDate(), seed.content().closeDate(),
                List.of("Marlborough, MA", "Leominster, MA"));
        PostingEditor editor = editor(id);
        enter(editor, typed);
        editor.preferredDegrees.setValue(java.util.Set.of(Degree.MD, Degree.MBA));
        long version = postings.find(id).orElseThrow().version();

        test(editor.save).click();

        assertThat(editor.preferredDegrees.isInvalid()).isTrue();
        assertThat(editor.preferredDegrees.getErrorMessage())
                .isEqualTo("A degree is either accepted (required) or preferred, not both");
        assertThat(postings.find(id).orElseThrow().version()).isEqualTo(version);

        editor.preferredDegrees.setValue(java.util.Set.of(Degree.MBA, Degree.MHA));
        test(editor.save).click();
        assertThat(editor(id).content()).isEqualTo(typed);
        test(editor(id).publish).click();

        assertThat(postings.live(id).orElseThrow().document()).contains("- Preferred (not required): MBA, MHA",
                "- Clinical, educational and administrative experience (combined): 5 years or more",
                "- Residency: completed, ACGME-accredited (or AOA-accredited)",
                "**Also based at:** Marlborough, MA; Leominster, MA");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_published_version_can_be_viewed_as_it_was_after_later_edits() {
        SeedPosting seed = SeedPostings.seed004();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        PostingEditor editor = editor(id);
        enter(editor, seed.content());
        test(editor.publish).click();
        String first = editor.preview.document();

        editor.sections.rows.getFirst().heading.setValue("One Mission.");
        test(editor.save).click();
        assertThat(editor.status.getElement().getTextRecursively()).contains("Version 1 is live", "unpublished changes");

        editor.showVersion(1);

        PostingPreview shown = $(Dialog.class).single().getChildren().filter(PostingPreview.class::isInstance)
                .map(PostingPreview.class::cast).findFirst().orElseThrow();
        assertThat(shown.document()).isEqualTo(first).contains("## One Mission. More Than Half a Million Reasons.");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_writes_and_publishes_from_the_posting_tab_of_the_requisition_detail() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed.requisitionForm("manager", "recruiter"));
        navigate(RequisitionDetailView.class, java.util.Map.of("id", String.valueOf(id)));
        assertThat(postings.find(id)).as("opening the requisition alone starts no posting").isEmpty();

        test($(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Posting");
        PostingEditor editor = $(PostingEditor.class).single();
        enter(editor, seed.content());
        test(editor.publish).click();

        assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.POSTED);
        assertThat(postings.live(id)).isPresent();
    }

    static void assertSafe(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "onerror", "onload", "onclick",
                "javascript:", "vbscript:", "data:");
    }
}
