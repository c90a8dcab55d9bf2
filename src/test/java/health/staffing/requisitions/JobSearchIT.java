package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V13_1__Index_published_posting_words;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job board's filters, alone and combined, on the demo data's five live seed postings:
 * 000 Worcester (Healthcare Management, $280–320k, no requirements), 001 Worcester (Physician
 * Leadership, $285–335k, MD/DO, 5 years), 002 Somerville (Physician Leadership, $280–340k, MD/DO,
 * 5 years), 003 Middletown CT (Administration and Operations, $210–270k, bachelor's, 10 years),
 * 004 New York (Utilization Review and Case Management, $340–350k, MD/DO, 5 years). Rolls back.
 */
@DatabaseTest
@Transactional
@WithMockUser(username = "caregiver", roles = "CAREGIVER")
class JobSearchIT {

    @Autowired
    JobBoardService board;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SeatRequisitions seats;

    private final Map<String, String> seed = new HashMap<>();

    @BeforeEach
    void findTheSeeds() {
        for (DemoSeed demo : DemoSeed.values()) {
            seed.put(demo.number(), demo.reference(seats));
        }
    }

    private List<String> found(JobSearch search) {
        List<String> references = board.search(search, PageRequest.of(0, 50)).stream().map(JobListing::reference)
                .toList();
        assertThat(board.count(search)).isEqualTo(references.size());
        return references;
    }

    private String[] seeds(String... numbers) {
        return java.util.Arrays.stream(numbers).map(seed::get).toArray(String[]::new);
    }

    @Test
    void keywords_match_whole_words_with_plurals_folded() {
        assertThat(found(JobSearch.keywords("directors middlesex"))).containsExactly(seed.get("003"));
        assertThat(found(JobSearch.keywords("middle"))).doesNotContain(seed.get("003"));
    }

    @Test
    void the_java_migration_indexes_versions_published_before_the_word_index(@Autowired DataSource dataSource)
            throws Exception {
        jdbc.sql("delete from posting_word where version_id in (select id from posting_version where reference = :ref)")
                .param("ref", seed.get("003")).update();
        assertThat(found(JobSearch.keywords("Middlesex"))).isEmpty();

        Connection connection = DataSourceUtils.getConnection(dataSource);
        new V13_1__Index_published_posting_words().migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });

        assertThat(found(JobSearch.keywords("Middlesex"))).containsExactly(seed.get("003"));
    }

    /**
     * Job alerts match saved searches in memory; they must find exactly what the board's SQL finds,
     * filter by filter and combined.
     */
    @Test
    void a_saved_search_matched_in_memory_finds_what_the_board_finds() {
        List<SearchablePosting> live = board.searchable(board.liveRequisitionIds());
        assertThat(live).extracting(SearchablePosting::reference)
                .containsExactlyInAnyOrder(seeds("000", "001", "002", "003", "004"));
        List<JobSearch> searches = List.of(JobSearch.ALL, JobSearch.keywords("quality"),
                JobSearch.keywords("directors middlesex"), JobSearch.keywords("utilization management"),
                JobSearch.keywords("no-such-word"), JobSearch.ALL.near("SOM", 25), JobSearch.ALL.near("Worcester", 50),
                JobSearch.ALL.near("10004", 50), JobSearch.ALL.near("Somerville, MA", 150),
                JobSearch.ALL.withCategory("Physician Leadership"),
                JobSearch.ALL.withEmploymentType(EmploymentType.FULL_TIME),
                JobSearch.ALL.withEducation(EducationLevel.BACHELOR), JobSearch.ALL.withEducation(EducationLevel.MASTER),
                JobSearch.ALL.withEducation(EducationLevel.DOCTORATE_MD_DO),
                JobSearch.ALL.withEducation(EducationLevel.DOCTORATE_OTHER), JobSearch.ALL.withExperienceYears(3),
                JobSearch.ALL.withExperienceYears(5), JobSearch.ALL.withExperienceYears(10),
                JobSearch.ALL.withSalaryAtLeast(new BigDecimal("335000")),
                JobSearch.ALL.withSalaryAtLeast(new BigDecimal("335000.01")),
                JobSearch.keywords("director").near("Worcester", 60).withCategory("Physician Leadership")
                        .withEducation(EducationLevel.DOCTORATE_MD_DO).withExperienceYears(5));
        for (JobSearch search : searches) {
            JobPlace centre = search.near() == null ? null : board.place(search.near());
            assertThat(live.stream().filter(posting -> posting.matches(search, centre)).map(SearchablePosting::reference))
                    .as(search.describe())
                    .containsExactlyInAnyOrderElementsOf(found(search));
        }
    }

    @Test
    void without_filters_the_board_lists_every_live_posting() {
        assertThat(found(JobSearch.ALL)).containsExactlyInAnyOrder(seeds("000", "001", "002", "003", "004"));
    }

    @Test
    void keywords_must_all_appear_in_the_title_or_the_text_and_title_hits_rank_first() {
        assertThat(found(JobSearch.keywords("utilization management"))).contains(seed.get("004"))
                .doesNotContain(seed.get("000"));
        assertThat(found(JobSearch.keywords("MetroPlusHealth medicaid"))).containsExactly(seed.get("004"));
        assertThat(found(JobSearch.keywords("Middlesex"))).containsExactly(seed.get("003"));
        assertThat(found(JobSearch.keywords("quality")).getFirst()).isEqualTo(seed.get("002"));
        assertThat(found(JobSearch.keywords("100%_no_such_words"))).isEmpty();
    }

    @Test
    void a_radius_around_a_facility_city_or_postal_code_keeps_what_is_within_it() {
        assertThat(found(JobSearch.ALL.near("SOM", 25))).containsExactly(seed.get("002"));
        assertThat(found(JobSearch.ALL.near("Worcester", 50))).containsExactlyInAnyOrder(seeds("000", "001", "002"));
        assertThat(found(JobSearch.ALL.near("10004", 50))).containsExactly(seed.get("004"));
        assertThat(found(JobSearch.ALL.near("Somerville, MA", 150))).containsExactlyInAnyOrder(
                seeds("000", "001", "002", "003"));
        assertThat(found(JobSearch.ALL.near("som", 200))).containsExactlyInAnyOrder(
                seeds("000", "001", "002", "003", "004"));
    }

    @Test
    void the_distance_the_database_computes_matches_the_haversine() {
        List<JobListing> listings = board.search(JobSearch.ALL.near("SOM", 200), PageRequest.of(0, 50));
        JobListing worcester = listings.stream().filter(l -> l.reference().equals(seed.get("001"))).findFirst().orElseThrow();
        JobListing newYork = listings.stream().filter(l -> l.reference().equals(seed.get("004"))).findFirst().orElseThrow();
        assertThat(worcester.distanceMiles()).isBetween(36.5, 40.0);
        assertThat(newYork.distanceMiles()).isBetween(185.0, 195.0);
        assertThat(listings.getFirst().reference()).isEqualTo(seed.get("002"));
        assertThat(listings.getFirst().distanceMiles()).isLessThan(0.1);
    }

    @Test
    void a_centre_nobody_knows_is_refused_saying_what_would_be_understood() {
        assertThatThrownBy(() -> board.search(JobSearch.ALL.near("Atlantis", 10), PageRequest.of(0, 10)))
                .isInstanceOf(DomainException.class)
                .hasMessage("“Atlantis” is not a US place we know. Enter a postal code (21201), a city and state"
                        + " (Baltimore, MD) or pick a facility.");
        assertThatThrownBy(() -> board.count(JobSearch.ALL.near("99999", 10))).isInstanceOf(DomainException.class);
    }

    @Test
    void any_us_postal_code_or_city_and_state_is_a_centre_from_the_offline_gazetteer() {
        // Baltimore has no facility; New York City (seed 004) is about 170 miles away, Boston about 360.
        assertThat(found(JobSearch.ALL.near("Baltimore, MD", 200))).containsExactly(seed.get("004"));
        assertThat(found(JobSearch.ALL.near("21201", 200))).containsExactly(seed.get("004"));
        assertThat(found(JobSearch.ALL.near("baltimore md", 100))).isEmpty();
        assertThat(board.place("Schenectady").label()).isEqualTo("Schenectady, NY");
    }

    @Test
    void a_city_name_in_several_states_asks_for_the_state() {
        assertThatThrownBy(() -> board.place("Springfield")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("“Springfield” is a city in several states (Springfield, ")
                .hasMessageContaining("Add the state, e.g. “Springfield, ");
        assertThatThrownBy(() -> board.place("Baltimore")).hasMessageContaining("Baltimore, MD; Baltimore, OH");
    }

    @Test
    void category_and_employment_type_match_exactly() {
        assertThat(found(JobSearch.ALL.withCategory("Physician Leadership"))).containsExactlyInAnyOrder(seeds("001", "002"));
        assertThat(found(JobSearch.ALL.withEmploymentType(EmploymentType.FULL_TIME))).hasSize(5);
        assertThat(found(JobSearch.ALL.withEmploymentType(EmploymentType.PART_TIME))).isEmpty();
        assertThat(board.categories()).contains("Physician Leadership", "Healthcare Management");
    }

    @Test
    void education_keeps_postings_asking_for_that_level_or_less() {
        assertThat(found(JobSearch.ALL.withEducation(EducationLevel.BACHELOR))).containsExactlyInAnyOrder(
                seeds("000", "003"));
        assertThat(found(JobSearch.ALL.withEducation(EducationLevel.DOCTORATE_MD_DO))).hasSize(5);
    }

    @Test
    void experience_keeps_postings_asking_for_at_most_the_caregivers_years() {
        assertThat(found(JobSearch.ALL.withExperienceYears(5))).containsExactlyInAnyOrder(seeds("000", "001", "002", "004"));
        assertThat(found(JobSearch.ALL.withExperienceYears(4))).containsExactly(seed.get("000"));
        assertThat(found(JobSearch.ALL.withExperienceYears(10))).hasSize(5);
    }

    @Test
    void posted_within_n_days_leaves_out_older_postings() {
        jdbc.sql("update posting_version set created_at = :at where reference = :ref")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(40)).param("ref", seed.get("003")).update();

        assertThat(found(JobSearch.ALL.withPostedWithinDays(30))).containsExactlyInAnyOrder(seeds("000", "001", "002", "004"));
        assertThat(found(JobSearch.ALL.withPostedWithinDays(90))).hasSize(5);
    }

    @Test
    void salary_at_least_compares_with_the_top_of_the_range_and_salary_sort_puts_the_best_paid_first() {
        assertThat(found(JobSearch.ALL.withSalaryAtLeast(new BigDecimal("300000"))))
                .containsExactlyInAnyOrder(seeds("000", "001", "002", "004"));
        assertThat(found(JobSearch.ALL.withSalaryAtLeast(new BigDecimal("340000")))).containsExactlyInAnyOrder(
                seeds("002", "004"));
        assertThat(found(JobSearch.ALL.sortedBy(JobSearch.Sort.SALARY))).containsExactly(
                seeds("004", "002", "001", "000", "003"));
    }

    @Test
    void newest_first_sorts_by_publishing_time() {
        jdbc.sql("update posting_version set created_at = :at where reference = :ref")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5)).param("ref", seed.get("003")).update();

        assertThat(found(JobSearch.ALL.sortedBy(JobSearch.Sort.NEWEST)).getFirst()).isEqualTo(seed.get("003"));
    }

    @Test
    void filters_combine() {
        JobSearch search = JobSearch.keywords("medical director").near("WOR", 50).withCategory("Physician Leadership")
                .withEducation(EducationLevel.DOCTORATE_MD_DO).withExperienceYears(5).withPostedWithinDays(7)
                .withEmploymentType(EmploymentType.FULL_TIME).withSalaryAtLeast(new BigDecimal("336000"));

        assertThat(found(search)).containsExactly(seed.get("002"));
        assertThat(found(search.withSalaryAtLeast(new BigDecimal("300000")))).containsExactlyInAnyOrder(
                seeds("001", "002"));
        assertThat(found(search.near("NYC", 50))).isEmpty();
    }

    @Test
    void pages_do_not_overlap() {
        List<JobListing> first = board.search(JobSearch.ALL.sortedBy(JobSearch.Sort.SALARY), PageRequest.of(0, 2));
        List<JobListing> second = board.search(JobSearch.ALL.sortedBy(JobSearch.Sort.SALARY), PageRequest.of(1, 2));
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
    }
}
