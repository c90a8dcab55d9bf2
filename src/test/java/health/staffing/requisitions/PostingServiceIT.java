package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.demo.SeedPosting;
import health.staffing.demo.SeedPostings;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.requisitions.VacantTwin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Postings on the demo organisation's seed seats; every test rolls back. */
@DatabaseTest
@Transactional
class PostingServiceIT {

    @Autowired
    PostingService postings;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobBoardService board;
    @Autowired
    Clock clock;
    @PersistenceContext
    EntityManager entityManager;

    /** Creates the seed's replacement requisition, submits it and lets the approvers approve it. */
    long approved(SeedPosting seed) {
        return approved(seed.requisitionForm("manager", "recruiter"));
    }

    long approved(RequisitionForm form) {
        RequisitionDetails draft = requisitions.create(VacantTwin.of(orgChart, structure, form));
        RequisitionDetails submitted = requisitions.submit(draft.id(), draft.version());
        publisher.publishEvent(new ApprovalOutcome(draft.id(), submitted.approvalRound(),
                ApprovalOutcome.Decision.APPROVED, "cmo", null));
        return draft.id();
    }

    private List<String> audited(long requisitionId) {
        return auditLog.historyOf("Requisition", requisitionId, PageRequest.of(0, 50)).stream().map(AuditEvent::action)
                .toList();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_corrected_version_of_a_posting_published_weeks_ago_is_not_new_again() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed);
        PostingContent seedContent = seed.content();
        PostingContent open = new PostingContent(seedContent.sections(), seedContent.requirements(),
                seedContent.visibility(), seedContent.internalDays(), LocalDate.now(clock), LocalDate.now(clock).plusDays(60));
        PublishedPosting first = postings.publish(id, postings.save(id, postings.open(id).version(), open).version());
        jdbc.update("update posting_version set created_at = created_at - interval '30' day where requisition_id = ?", id);
        entityManager.clear();
        PostingContent corrected = new PostingContent(open.sections(), open.requirements(), open.visibility(),
                open.internalDays(), open.openDate(), open.closeDate().plusDays(1));
        PublishedPosting second = postings.publish(id, postings.save(id, postings.find(id).orElseThrow().version(),
                corrected).version());

        assertThat(second.number()).isEqualTo(2);
        Instant firstAt = postings.firstPublishedAt(id).orElseThrow();
        assertThat(firstAt).isBefore(second.publishedAt().minus(Duration.ofDays(29)));
        JobListing listed = board.search(JobSearch.keywords(first.title()), PageRequest.of(0, 50)).stream()
                .filter(l -> l.reference().equals(first.reference())).findFirst().orElseThrow();
        assertThat(listed.firstPublishedAt()).isEqualTo(firstAt);
        assertThat(PostingBadges.of(listed.firstPublishedAt(), listed.closeDate(), clock.instant(), LocalDate.now(clock)))
                .doesNotContain("New");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_posting_in_a_city_without_a_facility_is_placed_by_the_gazetteer_and_found_around_it() {
        SeedPosting seed = SeedPostings.seed000();
        RequisitionForm form = seed.requisitionForm("manager", "recruiter");
        form.setCity("Baltimore");
        form.setState("MD");
        long id = approved(form);
        PostingContent seedContent = seed.content();
        PostingContent openNow = new PostingContent(seedContent.sections(), seedContent.requirements(),
                seedContent.visibility(), seedContent.internalDays(), LocalDate.now(clock), LocalDate.now(clock).plusDays(30));
        PublishedPosting published = postings.publish(id, postings.save(id, postings.open(id).version(), openNow)
                .version());

        List<JobListing> near = board.search(JobSearch.ALL.near("21201", 10), PageRequest.of(0, 50));
        assertThat(near).extracting(JobListing::reference).containsExactly(published.reference());
        assertThat(near.getFirst().distanceMiles()).isLessThan(3.0);
        assertThat(board.search(JobSearch.ALL.near("Annapolis, MD", 30), PageRequest.of(0, 50)))
                .extracting(JobListing::reference).contains(published.reference());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_opening_an_approved_requisition_starts_its_posting_once() {
        long id = approved(SeedPostings.seed002());

        PostingDraft first = postings.open(id);
        PostingDraft again = postings.open(id);

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(first.publishedVersion()).isZero();
        assertThat(first.content().sections()).extracting(PostingSection::heading).contains("Overview");
        assertThat(first.facts().reportsTo()).isEqualTo("Assistant Chief Medical Officer for Primary Care");
        assertThat(first.facts().dottedLinesTo())
                .containsExactly("Associate Chief Population Health Officer (population health)");
        assertThat(audited(id)).containsOnlyOnce("POSTING_CREATED");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_writes_the_posting_of_a_draft_so_approvers_see_its_qualifications_but_publishes_only_once_approved() {
        SeedPosting seed = SeedPostings.seed002();
        RequisitionDetails draft = requisitions.create(VacantTwin.of(orgChart, structure, seed.requisitionForm("manager",
                "recruiter")));

        PostingDraft posting = postings.open(draft.id());
        PostingDraft saved = postings.save(draft.id(), posting.version(), seed.content());

        assertThat(postings.draftQualifications(draft.id())).isPresent();
        assertThatThrownBy(() -> postings.publish(draft.id(), saved.version())).isInstanceOf(DomainException.class)
                .hasMessageContaining("only an approved requisition can be posted");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void publishing_snapshots_the_posting_as_shown_and_marks_the_requisition_posted() {
        SeedPosting seed = SeedPostings.seed002();
        long id = approved(seed);
        PostingDraft draft = postings.open(id);
        PostingDraft saved = postings.save(id, draft.version(), seed.content());

        PublishedPosting published = postings.publish(id, saved.version());

        assertThat(published.number()).isEqualTo(1);
        assertThat(published.document()).isEqualTo(saved.preview());
        assertThat(published.title()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat(published.payRange()).isEqualTo("$280,000 – $340,000 per year, adjusted for FTE");
        assertThat(published.reportsTo()).isEqualTo("Assistant Chief Medical Officer for Primary Care");
        assertThat(published.dottedLineTo()).isEqualTo("Associate Chief Population Health Officer (population health)");
        assertThat(published.location()).isEqualTo("399 Revolution Drive, Somerville, MA");
        assertThat(published.employment()).isEqualTo("Full time · Regular · 1.0 FTE (0.5 administrative, 0.5 clinical)");
        assertThat(published.visibility()).isEqualTo(PostingVisibility.INTERNAL_FIRST);
        assertThat(published.publishedBy()).isEqualTo("recruiter");
        assertThat(published.document()).contains("**Job reference:** " + requisitions.details(id).reference(),
                "**Reports to:** Assistant Chief Medical Officer for Primary Care",
                "## Principal Duties and Responsibilities", "### Patient Experience");
        assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.POSTED);
        assertThat(postings.versions(id)).extracting(PostingVersionSummary::number).containsExactly(1);
        assertThat(audited(id)).contains("POSTING_EDITED", "POSTING_PUBLISHED", "POSTED");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void later_edits_are_a_draft_of_the_next_version_until_published_again() {
        SeedPosting seed = SeedPostings.seed004();
        long id = approved(seed);
        PostingDraft saved = postings.save(id, postings.open(id).version(), seed.content());
        PublishedPosting first = postings.publish(id, saved.version());

        List<PostingSection> sections = new ArrayList<>(seed.content().sections());
        sections.add(new PostingSection(PostingSectionKind.BENEFITS, "Benefits", "- Hybrid work, one day a week on site"));
        PostingContent edited = new PostingContent(sections, seed.content().requirements(), PostingVisibility.INTERNAL_ONLY,
                null, seed.content().openDate(), seed.content().closeDate());
        PostingDraft draft = postings.save(id, postings.find(id).orElseThrow().version(), edited);

        assertThat(draft.unpublishedChanges()).isTrue();
        assertThat(draft.publishedVersion()).isEqualTo(1);
        assertThat(postings.live(id)).map(PublishedPosting::document).contains(first.document());

        PublishedPosting second = postings.publish(id, draft.version());

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.document()).contains("## Benefits", "Internal caregivers only")
                .isNotEqualTo(first.document());
        assertThat(postings.version(id, 1).document()).isEqualTo(first.document());
        assertThat(postings.versions(id)).extracting(PostingVersionSummary::number).containsExactly(2, 1);
        assertThat(postings.live(id)).map(PublishedPosting::number).contains(2);
        assertThat(postings.find(id).orElseThrow().unpublishedChanges()).isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void publishing_the_same_posting_twice_is_refused() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed);
        postings.publish(id, postings.save(id, postings.open(id).version(), seed.content()).version());

        assertThatThrownBy(() -> postings.publish(id, postings.find(id).orElseThrow().version()))
                .hasMessage("Nothing changed since version 1 was published.");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_too_wide_salary_range_in_new_york_city_is_refused_at_submission_naming_both_laws() {
        // Approvers must never approve a range that publishing would then refuse (issue 15).
        SeedPosting seed = SeedPostings.seed004();
        RequisitionForm form = seed.requisitionForm("manager", "recruiter");
        form.setSalaryMin(new java.math.BigDecimal("200000"));
        RequisitionDetails draft = requisitions.create(VacantTwin.of(orgChart, structure, form));

        assertThatThrownBy(() -> requisitions.submit(draft.id(), draft.version())).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Cannot submit for approval. The salary range $200,000 – ")
                .hasMessageContaining("NYC Local Law 32 of 2022 and New York Labor Law § 194-b")
                .hasMessageContaining("too wide");
        RequisitionDetails after = requisitions.details(draft.id());
        assertThat(after.status()).isEqualTo(RequisitionStatus.DRAFT);
        assertThat(after.salaryMin()).isEqualByComparingTo("200000");
        assertThat(after.salaryMax()).isEqualByComparingTo(draft.salaryMax());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_open_ended_range_in_maryland_is_refused_at_submission_naming_marylands_law() {
        RequisitionForm form = SeedPostings.seed000().requisitionForm("manager", "recruiter");
        form.setCity("Baltimore");
        form.setState("MD");
        form.setSalaryMax(null);
        RequisitionDetails draft = requisitions.create(VacantTwin.of(orgChart, structure, form));

        assertThatThrownBy(() -> requisitions.submit(draft.id(), draft.version()))
                .hasMessageContaining("Maryland Labor and Employment § 3-304.2")
                .hasMessageContaining("both a minimum and a maximum");
        assertThat(requisitions.details(draft.id()).status()).isEqualTo(RequisitionStatus.DRAFT);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_range_approved_before_the_check_at_submission_is_still_refused_at_publishing_naming_the_law() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed);
        // A requisition approved before this release, with a range no longer allowed.
        jdbc.update("update requisition set salary_max = salary_min * 2 where id = ?", id);
        entityManager.clear();
        PostingDraft saved = postings.save(id, postings.open(id).version(), seed.content());

        assertThatThrownBy(() -> postings.publish(id, saved.version()))
                .hasMessageStartingWith("Cannot publish. ")
                .hasMessageContaining("Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)")
                .hasMessageContaining("too wide");
        assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.APPROVED);
        assertThat(postings.versions(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_stale_save_or_publish_is_refused() {
        SeedPosting seed = SeedPostings.seed003();
        long id = approved(seed);
        PostingDraft opened = postings.open(id);
        postings.save(id, opened.version(), seed.content());

        assertThatThrownBy(() -> postings.save(id, opened.version(), PostingContent.empty()))
                .hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> postings.publish(id, opened.version())).hasMessageContaining("changed by someone else");
        assertThat(postings.find(id).orElseThrow().content().sections()).isEqualTo(seed.content().sections());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void invalid_dates_and_missing_internal_days_are_refused() {
        SeedPosting seed = SeedPostings.seed003();
        long id = approved(seed);
        PostingDraft opened = postings.open(id);
        PostingContent wrong = new PostingContent(seed.content().sections(), null, PostingVisibility.INTERNAL_FIRST, null,
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 1));

        assertThatThrownBy(() -> postings.save(id, opened.version(), wrong))
                .hasMessageContaining("The close date must be after the open date.")
                .hasMessageContaining("Internal first needs the number of internal days");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void markup_payloads_are_sanitised_before_storage_and_absent_from_the_published_document() {
        SeedPosting seed = SeedPostings.seed001();
        long id = approved(seed);
        List<PostingSection> sections = new ArrayList<>(seed.content().sections());
        String payloads = String.join("\n\n", PostingSanitiserTest.payloads());
        sections.add(new PostingSection(PostingSectionKind.OTHER, "<img src=x onerror=alert(1)>Apply", payloads));
        PostingContent content = new PostingContent(sections, seed.content().requirements(),
                seed.content().visibility(), seed.content().internalDays(), seed.content().openDate(),
                seed.content().closeDate());

        PostingDraft saved = postings.save(id, postings.open(id).version(), content);
        PublishedPosting published = postings.publish(id, saved.version());

        PostingSection stored = postings.find(id).orElseThrow().content().sections().getLast();
        assertThat(stored.heading()).isEqualTo("Apply");
        PostingSanitiserTest.assertSafe(stored.body());
        PostingSanitiserTest.assertSafe(published.document());
        assertThat(published.document().toLowerCase(Locale.ROOT)).doesNotContain("alert(1)</script>");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void every_seed_round_trips_through_the_service_and_is_published() {
        for (SeedPosting seed : SeedPostings.all()) {
            long id = approved(seed);

            PublishedPosting published = SeedPostings.publish(postings, id, seed);

            PostingDraft stored = postings.find(id).orElseThrow();
            assertThat(stored.content()).as("seed %s", seed.seed()).isEqualTo(seed.content());
            for (PostingSection section : seed.content().sections()) {
                assertThat(published.document()).as("seed %s", seed.seed()).contains(section.body());
            }
            assertThat(requisitions.details(id).status()).isEqualTo(RequisitionStatus.POSTED);
        }
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_cannot_write_postings() {
        assertThatThrownBy(() -> postings.open(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> postings.save(1L, 0, PostingContent.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> postings.publish(1L, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(postings.live(-1L)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void both_seats_of_a_dyad_name_each_other_as_dyad_partner_on_their_postings() {
        SeedPosting seed = SeedPostings.seed000();
        long physician = approved(seed);
        String seat = requisitions.details(physician).positionCode();
        structure.pairAsDyad(seat, orgChart.versionOf(seat), "CMG-DIR-PREC", "medical group dyad", LocalDate.now(clock));

        PostingFacts facts = postings.facts(physician);
        assertThat(facts.dyadPartner()).isEqualTo(orgChart.findByCode("CMG-DIR-PREC").orElseThrow().title()
                + " (medical group dyad)");
        assertThat(PostingRenderer.render(facts, seed.content())).contains("**Dyad partner:** "
                + orgChart.findByCode("CMG-DIR-PREC").orElseThrow().title() + " (medical group dyad)");
        assertThat(orgChart.dyadPartnerOf(orgChart.findByCode("CMG-DIR-PREC").orElseThrow().id(), null))
                .map(dyad -> dyad.partner().code()).contains(seat);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_multi_site_posting_is_found_near_any_of_its_places_and_an_unknown_place_is_refused() {
        SeedPosting seed = SeedPostings.seed000();
        long id = approved(seed);
        PostingContent seedContent = seed.content();
        PostingContent unknown = new PostingContent(seedContent.sections(), seedContent.requirements(),
                seedContent.visibility(), seedContent.internalDays(), LocalDate.now(clock), LocalDate.now(clock).plusDays(30),
                List.of("Atlantis, MD"));
        long version = postings.open(id).version();
        assertThatThrownBy(() -> postings.save(id, version, unknown)).isInstanceOf(DomainException.class)
                .hasMessage("“Atlantis, MD” is not a US city we know. Write another location as a city and its state,"
                        + " e.g. “Worcester, MA”.");
        assertThatThrownBy(() -> postings.save(id, version, unknown.withOtherLocations(List.of("Baltimore"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Write each other location as a city and"
                        + " its state, e.g. “Worcester, MA” (not “Baltimore”).");

        PublishedPosting published = postings.publish(id, postings.save(id, version,
                unknown.withOtherLocations(List.of("baltimore ,  md", "Springfield, MA"))).version());

        assertThat(published.document()).contains("**Also based at:** baltimore, MD; Springfield, MA");
        List<JobListing> nearBaltimore = board.search(JobSearch.ALL.near("21201", 10), PageRequest.of(0, 50));
        assertThat(nearBaltimore).extracting(JobListing::reference).containsExactly(published.reference());
        assertThat(nearBaltimore.getFirst().distanceMiles()).isLessThan(3.0);
        assertThat(nearBaltimore.getFirst().location()).endsWith(" and 2 other locations");
        assertThat(board.search(JobSearch.ALL.near("Worcester", 10), PageRequest.of(0, 50)))
                .extracting(JobListing::reference).contains(published.reference());
        // Job alerts match the same way in memory.
        SearchablePosting facts = board.searchable(List.of(id)).getFirst();
        assertThat(facts.otherPoints()).hasSize(2);
        assertThat(facts.matches(JobSearch.ALL.near("21201", 10), board.place("21201"))).isTrue();
        assertThat(facts.matches(JobSearch.ALL.near("10004", 10), board.place("10004"))).isFalse();
    }
}
