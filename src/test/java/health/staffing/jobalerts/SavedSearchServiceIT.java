package health.staffing.jobalerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobSearch;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Saving, listing, changing and deleting saved searches, each by its owner only; unsubscribing by link. */
@DatabaseTest
@Transactional
class SavedSearchServiceIT {

    @Autowired
    SavedSearchService searches;
    @Autowired
    JdbcClient jdbc;

    private static final JobSearch WORCESTER = JobSearch.keywords("quality").near("Worcester", 30)
            .withCategory("Physician Leadership");

    @Test
    void a_search_is_saved_with_its_filters_and_its_centre_resolved() {
        long id = As.user("caregiver", () -> searches.save("Quality near Worcester", WORCESTER, AlertFrequency.DAILY));

        assertThat(As.user("caregiver", searches::mine)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(id);
            assertThat(saved.search()).isEqualTo(WORCESTER);
            assertThat(saved.frequency()).isEqualTo(AlertFrequency.DAILY);
            assertThat(saved.criteria()).isEqualTo("“quality” · within 30 miles of UMass Memorial Medical Center — Worcester, MA 01609"
                    + " · Physician Leadership");
            assertThat(saved.lastAlertedAt()).isNull();
        });
        assertThat(jdbc.sql("select centre_latitude from saved_search where id = :id").param("id", id)
                .query(Double.class).single()).isBetween(42.0, 42.5);
        assertThat(As.user("caregiver", searches::countMine)).isEqualTo(1);
        assertThat(As.user("manager", searches::mine)).isEmpty();
    }

    @Test
    void every_bad_input_is_refused_with_a_clear_message_and_nothing_is_saved() {
        assertThat(As.user("caregiver", () -> searches.problems(" ", JobSearch.ALL)))
                .containsExactly("Name the search, e.g. “Medical director roles near Worcester”.");
        assertThat(As.user("caregiver", () -> searches.problems("x".repeat(81), JobSearch.ALL)))
                .containsExactly("The name can be at most 80 characters; it has 81.");
        assertThat(As.user("caregiver", () -> searches.problems("Tab\u0000", JobSearch.ALL)))
                .singleElement().asString().contains("invisible character (U+0000)");
        assertThat(As.user("caregiver", () -> searches.problems("Long", JobSearch.keywords("k".repeat(201)))))
                .containsExactly("The keywords can be at most 200 characters; it has 201.");
        assertThat(As.user("caregiver", () -> searches.problems("Far", JobSearch.ALL.near("Worcester", 3001))))
                .containsExactly("The radius must be between 1 and 3,000 miles.");
        assertThat(As.user("caregiver", () -> searches.problems("Rich",
                JobSearch.ALL.withSalaryAtLeast(new BigDecimal("100000000.01")))))
                .containsExactly("The salary must be between $0 and $100,000,000.");
        assertThat(As.user("caregiver", () -> searches.problems("Atlantis", JobSearch.ALL.near("Atlantis", 10))))
                .singleElement().asString().startsWith("“Atlantis” is not a US place we know.");
        assertThatThrownBy(() -> As.user("caregiver", () -> searches.save("Atlantis", JobSearch.ALL.near("Atlantis", 10),
                AlertFrequency.IMMEDIATE))).isInstanceOf(DomainException.class).hasMessageContaining("Atlantis");

        assertThat(As.user("caregiver", searches::mine)).isEmpty();
    }

    @Test
    void a_name_is_used_once_per_person_and_a_person_keeps_at_most_twenty() {
        As.user("caregiver", () -> searches.save("Quality", WORCESTER, AlertFrequency.NONE));
        assertThat(As.user("caregiver", () -> searches.problems(" quality ", JobSearch.ALL)))
                .containsExactly("You already have a saved search named “quality”. Choose another name.");
        assertThat(As.user("manager", () -> searches.problems("Quality", JobSearch.ALL))).isEmpty();

        for (int i = 2; i <= 20; i++) {
            String name = "Search " + i;
            As.user("caregiver", () -> searches.save(name, JobSearch.ALL, AlertFrequency.NONE));
        }
        assertThatThrownBy(() -> As.user("caregiver", () -> searches.save("One more", JobSearch.ALL,
                AlertFrequency.NONE))).isInstanceOf(DomainException.class)
                .hasMessage("You have 20 saved searches, the most one person keeps. Delete one you no longer need first.");
        assertThat(As.user("caregiver", searches::countMine)).isEqualTo(20);
    }

    @Test
    void only_the_owner_changes_or_deletes_a_saved_search() {
        long id = As.user("caregiver", () -> searches.save("Quality", WORCESTER, AlertFrequency.DAILY));

        assertThatThrownBy(() -> As.user("manager", () -> searches.changeFrequency(id, AlertFrequency.NONE)))
                .isInstanceOf(DomainException.class).hasMessage("That saved search does not exist (any more).");
        assertThatThrownBy(() -> As.user("recruiter", () -> searches.delete(id)))
                .isInstanceOf(DomainException.class).hasMessage("That saved search does not exist (any more).");
        assertThat(As.user("caregiver", searches::mine)).singleElement()
                .satisfies(s -> assertThat(s.frequency()).isEqualTo(AlertFrequency.DAILY));

        assertThat(As.user("caregiver", () -> searches.changeFrequency(id, AlertFrequency.IMMEDIATE)).frequency())
                .isEqualTo(AlertFrequency.IMMEDIATE);
        As.user("caregiver", () -> searches.delete(id));
        assertThat(As.user("caregiver", searches::mine)).isEmpty();
    }

    @Test
    void nobody_signed_in_cannot_save_or_list() {
        assertThatThrownBy(() -> searches.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> searches.save("x", JobSearch.ALL, AlertFrequency.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_unsubscribe_link_turns_off_that_alert_only_without_signing_in() {
        long quality = As.user("caregiver", () -> searches.save("Quality", WORCESTER, AlertFrequency.IMMEDIATE));
        long all = As.user("caregiver", () -> searches.save("Everything", JobSearch.ALL, AlertFrequency.DAILY));
        String token = jdbc.sql("select unsubscribe_token from saved_search where id = :id").param("id", quality)
                .query(String.class).single();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");

        assertThat(searches.subscription(token)).contains(new AlertSubscription("Quality", AlertFrequency.IMMEDIATE));
        assertThat(searches.unsubscribe(token)).isTrue();
        assertThat(searches.subscription(token)).contains(new AlertSubscription("Quality", AlertFrequency.NONE));
        assertThat(As.user("caregiver", searches::mine)).extracting(SavedSearchSummary::id, SavedSearchSummary::frequency)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(quality, AlertFrequency.NONE),
                        org.assertj.core.groups.Tuple.tuple(all, AlertFrequency.DAILY));

        assertThat(searches.unsubscribe("not-a-token")).isFalse();
        assertThat(searches.subscription("x".repeat(43))).isEmpty();
        assertThat(searches.subscription("' or 1=1 --")).isEmpty();
    }
}
