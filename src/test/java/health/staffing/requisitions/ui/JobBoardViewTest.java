package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.Dates;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobListing;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.SystemActor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** What a caregiver sees of published postings; each test rolls back. */
@ViewTest
@Transactional
class JobBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    PostingService postings;
    @Autowired
    JobBoardService board;

    /** What the browser sends when text that is not in the list is typed into "Near" and confirmed. */
    private static void typeNear(JobBoardView board, String text) {
        ComponentUtil.fireEvent(board.near, new ComboBox.CustomValueSetEvent<>(board.near, true, text));
    }

    private List<String> shownReferences(JobBoardView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).reference()).toList();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_finds_a_published_posting_by_keyword_and_reads_it_as_published() {
        // The demo data publishes all five seed postings; seed 004 keeps its job reference 102619.
        PublishedPosting quality = SystemActor.call(() -> postings.livePostings("Quality, Primary Care",
                PageRequest.of(0, 5))).getFirst();
        PublishedPosting utilization = postings.liveByReference("102619").orElseThrow();
        assertThat(utilization.title()).isEqualTo("Senior Director of Medical Directors");

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(Map.of("q", "somerville")));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(shownReferences(board)).contains(quality.reference()).doesNotContain(utilization.reference());

        test(board.grid).clickRow(shownReferences(board).indexOf(quality.reference()));
        JobPostingView page = $(JobPostingView.class).single();
        assertThat(page.preview.document()).isEqualTo(quality.document());
        assertThat(page.preview.document()).contains("Pay range").contains("Dotted line to");
        // A caregiver is not told how many applied; HR and the hiring team are (ApplicationServiceIT).
        assertThat(page.applicants.isAttached()).isFalse();
        assertThat($(Span.class).all()).extracting(Span::getText).contains("New");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("apply-link").getHref())
                .isEqualTo("jobs/" + quality.reference() + "/apply");
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_bookmarked_search_fills_the_filters_and_shows_only_what_matches() {
        String quality = board.search(JobSearch.keywords("Medical Director for Quality"), PageRequest.of(0, 1))
                .getFirst().reference();

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("q=quality&near=SOM&radius=25&minSalary=300000&sort=salary"));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(board.search.getValue()).isEqualTo("quality");
        assertThat(board.near.getValue().code()).isEqualTo("SOM");
        assertThat(board.radius.number()).contains(25);
        assertThat(board.more().minSalary.getValue()).isEqualTo("300,000");
        assertThat(board.sort.getValue()).isEqualTo(JobSearch.Sort.SALARY);
        assertThat(shownReferences(board)).containsExactly(quality);
        assertThat(board.resultCount.getText()).isEqualTo("1 open role");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_city_or_postal_code_in_the_url_picks_its_facility() {
        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("near=01609&radius=50&edu=doctorate_md_do&years=5&days=30&type=full_time"));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(board.near.getValue().code()).isEqualTo("WOR");
        assertThat(board.more().education.getValue()).isEqualTo(EducationLevel.DOCTORATE_MD_DO);
        assertThat(board.more().experience.number()).contains(5);
        assertThat(board.more().postedWithin.getValue()).isEqualTo(30);
        assertThat(board.more().employmentType.getValue()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(shownReferences(board)).hasSize(3);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void values_the_board_does_not_know_are_ignored() {
        long all = board.count(JobSearch.ALL);

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("radius=far&category=Astronauts&type=contract&edu=phd&years=-3" + "&days=45&minSalary=lots&sort=random"));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(board.near.getValue()).isNull();
        assertThat(board.radius.getValue()).isEmpty();
        assertThat(board.more().category.getValue()).isNull();
        assertThat(board.more().employmentType.getValue()).isNull();
        assertThat(board.more().education.getValue()).isNull();
        assertThat(board.more().experience.getValue()).isEmpty();
        assertThat(board.more().postedWithin.getValue()).isNull();
        assertThat(board.more().minSalary.getValue()).isEmpty();
        assertThat(board.sort.getValue()).isEqualTo(JobSearch.Sort.RELEVANCE);
        assertThat(shownReferences(board)).hasSize((int) all);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void an_unknown_place_in_the_url_is_said_next_to_the_field_and_the_count_says_no_radius_is_applied() {
        long all = board.count(JobSearch.ALL);

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("near=Baltimor&radius=25"));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(board.near.isInvalid()).isTrue();
        assertThat(board.near.getErrorMessage()).isEqualTo("“Baltimor” is not a US place we know. Enter a postal code"
                + " (21201), a city and state (Baltimore, MD) or pick a facility.");
        assertThat(board.radius.getValue()).isEqualTo("25");
        assertThat(board.resultCount.getText()).endsWith("open roles anywhere: the place above is not known, so no"
                + " radius is applied");
        assertThat(shownReferences(board)).hasSize((int) all);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void typing_any_us_place_searches_around_it_and_an_unknown_one_stays_in_the_url_with_its_message() {
        UI.getCurrent().navigate(JobBoardView.class);
        JobBoardView board = $(JobBoardView.class).single();

        typeNear(board, "Baltimore, MD");
        board.radius.setValue("200");
        assertThat(board.near.isInvalid()).isFalse();
        assertThat(board.near.getValue().label()).isEqualTo("Baltimore, MD");
        assertThat(location()).contains("near=Baltimore%2C%20MD").contains("radius=200");
        assertThat(board.resultCount.getText()).isEqualTo("1 open role");

        typeNear(board, "Springfeld, MA");
        assertThat(board.near.isInvalid()).isTrue();
        assertThat(board.near.getErrorMessage()).startsWith("“Springfeld, MA” is not a US place we know.");
        assertThat(location()).contains("near=Springfeld%2C%20MA");
        assertThat(board.resultCount.getText()).contains("no radius is applied");

        typeNear(board, "02145");
        assertThat(board.near.isInvalid()).isFalse();
        assertThat(board.near.getValue().code()).isEqualTo("SOM");

        // A pasted page is refused as a place and kept out of the address beyond a place name's length.
        typeNear(board, "x".repeat(5_000));
        assertThat(board.near.isInvalid()).isTrue();
        assertThat(location()).contains("near=" + "x".repeat(100) + "&radius=200").doesNotContain("x".repeat(101));
        assertThat(board.near.getErrorMessage()).startsWith("“" + "x".repeat(59) + "…” is not a US place we know.");
    }

    @Test
    void a_card_says_where_for_how_much_and_since_when() {
        Instant published = Instant.parse("2026-12-01T15:00:00Z");
        JobListing listing = new JobListing(1, "102619", "Senior Director", "Somerville, MA", "On site", "Full time",
                "Physician Leadership", "$300,000 – $350,000", null, null, published, 2.6, null, published);
        assertThat(JobBoardView.facts(listing))
                .isEqualTo("Somerville, MA (3 mi) · $300,000 – $350,000 · Posted " + Dates.day(published));

        JobListing unpaid = new JobListing(1, "102619", "Senior Director", "Boston, MA", "On site", "Full time",
                "Physician Leadership", null, null, null, published, null, null, published);
        assertThat(JobBoardView.facts(unpaid)).isEqualTo("Boston, MA · Posted " + Dates.day(published));
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_less_used_filters_are_built_when_asked_for_or_when_the_address_sets_one() {
        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("q=quality"));
        JobBoardView board = $(JobBoardView.class).single();
        assertThat($(ComboBox.class).withId("job-category").exists()).as("not built for a plain search").isFalse();
        assertThat(board.moreFilters.isAttached()).isTrue();

        test(board.moreFilters).click();
        assertThat($(ComboBox.class).withId("job-category").exists()).isTrue();
        assertThat(board.moreFilters.isAttached()).isFalse();
        assertThat(location()).isEqualTo("jobs?q=quality");

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("days=7"));
        JobBoardView shared = $(JobBoardView.class).single();
        assertThat($(ComboBox.class).withId("job-posted").exists()).as("a shared search shows its filters").isTrue();
        assertThat(shared.more().postedWithin.getValue()).isEqualTo(7);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void changing_a_filter_updates_the_url_and_the_rows() {
        UI.getCurrent().navigate(JobBoardView.class);
        JobBoardView board = $(JobBoardView.class).single();

        board.more().category.setValue("Physician Leadership");
        assertThat(location()).isEqualTo("jobs?category=Physician%20Leadership");
        assertThat(shownReferences(board)).hasSize(2);

        board.near.setValue(board.near.getListDataView().getItems().filter(p -> p.code().equals("SOM")).findFirst()
                .orElseThrow());
        board.radius.setValue("10");
        board.sort.setValue(JobSearch.Sort.NEWEST);
        assertThat(location()).contains("near=SOM").contains("radius=10").contains("sort=newest");
        assertThat(shownReferences(board)).hasSize(1);
        assertThat(board.resultCount.getText()).isEqualTo("1 open role");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_number_the_board_cannot_use_stays_in_its_field_with_a_message_and_is_not_searched() {
        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.fromString("category=Physician%20Leadership"));
        JobBoardView board = $(JobBoardView.class).single();

        test(board.more().minSalary).setValue("1e309");
        assertThat(board.more().minSalary.isInvalid()).isTrue();
        assertThat(board.more().minSalary.getErrorMessage()).startsWith("Enter an amount in dollars");
        assertThat(board.more().minSalary.getValue()).isEqualTo("1e309");
        assertThat(location()).isEqualTo("jobs?category=Physician%20Leadership");

        test(board.more().experience).setValue("1.5");
        assertThat(board.more().experience.getErrorMessage()).startsWith("Enter a whole number");
        test(board.more().experience).setValue("99");
        assertThat(board.more().experience.getErrorMessage()).isEqualTo("Between 0 and 60 years");
        assertThat(board.currentSearch().experienceYears()).isNull();

        test(board.more().minSalary).setValue("$340,000.00");
        test(board.more().experience).setValue("12");
        assertThat(board.more().minSalary.isInvalid()).isFalse();
        assertThat(location()).contains("minSalary=340000.00").contains("years=12");
        assertThat(board.more().minSalary.getValue()).isEqualTo("340,000");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_requisition_that_is_not_posted_has_no_public_page() {
        RequisitionListItem draft = SystemActor.call(() -> requisitions.list(
                RequisitionFilter.inStatus(RequisitionStatus.DRAFT).withText("Virtual Care"),
                PageRequest.of(0, 1))).getFirst();

        assertThat(postings.liveByReference(draft.reference())).isEmpty();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_saves_the_search_on_the_board_with_daily_alerts_and_a_second_with_the_same_name_is_refused() {
        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(Map.of("q", "quality", "near", "Worcester",
                "radius", "30")));
        JobBoardView view = $(JobBoardView.class).single();
        assertThat(view.savedSearches.isVisible()).isFalse();

        test(view.saveSearch).click();
        roundTrip();
        SaveSearchDialog dialog = $(SaveSearchDialog.class).single();
        assertThat(dialog.name.getValue()).isEqualTo("quality near Worcester");
        assertThat(dialog.frequency.getValue()).isEqualTo(health.staffing.requisitions.AlertFrequency.DAILY);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("save-search-criteria").getText())
                .isEqualTo("“quality” · within 30 miles of UMass Memorial Medical Center — Worcester, MA 01609");
        test(dialog.confirm).click();
        roundTrip();

        assertThat($(SaveSearchDialog.class).all()).isEmpty();
        assertThat(view.savedSearches.getText()).isEqualTo("My saved searches (1)");
        assertThat(view.savedSearches.getHref()).isEqualTo("jobs/saved-searches");

        test(view.saveSearch).click();
        roundTrip();
        SaveSearchDialog again = $(SaveSearchDialog.class).single();
        test(again.confirm).click();
        assertThat(again.refusal.isVisible()).isTrue();
        assertThat(again.refusal.getText())
                .isEqualTo("You already have a saved search named “quality near Worcester”. Choose another name.");
        assertThat(again.name.getValue()).isEqualTo("quality near Worcester");
        assertThat(view.savedSearches.getText()).isEqualTo("My saved searches (1)");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_search_around_an_unknown_place_is_not_saved() {
        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(Map.of("near", "Atlantis")));
        JobBoardView view = $(JobBoardView.class).single();

        test(view.saveSearch).click();
        roundTrip();

        assertThat($(SaveSearchDialog.class).all()).isEmpty();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .contains("“Atlantis” is not a US place we know.", "Correct the place before saving the search.");
    }

    @Test
    void a_searchs_board_parameters_open_the_board_on_the_same_search() {
        JobSearch search = JobSearch.keywords("quality").near("Worcester", 40).withCategory("Physician Leadership")
                .withEmploymentType(EmploymentType.FULL_TIME).withEducation(EducationLevel.DOCTORATE_MD_DO)
                .withExperienceYears(8).withSalaryAtLeast(new java.math.BigDecimal("300000")).withPostedWithinDays(30)
                .sortedBy(JobSearch.Sort.SALARY);
        health.staffing.As.user("caregiver", () -> {
            UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(search.boardParameters()));
            JobSearch shown = $(JobBoardView.class).single().currentSearch();
            assertThat(shown.withKeywords(search.keywords()).near(search.near(), search.radiusMiles()))
                    .isEqualTo(search);
        });
    }
}
