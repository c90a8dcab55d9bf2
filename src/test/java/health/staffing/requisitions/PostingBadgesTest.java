package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostingBadgesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void a_posting_is_new_for_its_first_seven_days() {
        assertThat(PostingBadges.of(NOW.minusSeconds(60), null, NOW, TODAY)).containsExactly("New");
        assertThat(PostingBadges.of(NOW.minus(PostingBadges.NEW_FOR), null, NOW, TODAY)).containsExactly("New");
        assertThat(PostingBadges.of(NOW.minus(PostingBadges.NEW_FOR).minusSeconds(1), null, NOW, TODAY)).isEmpty();
    }

    @Test
    void a_posting_is_closing_soon_in_its_last_seven_days_and_until_filled_never_is() {
        Instant old = NOW.minusSeconds(30 * 86_400);
        assertThat(PostingBadges.of(old, TODAY, NOW, TODAY)).containsExactly("Closing soon");
        assertThat(PostingBadges.of(old, TODAY.plusDays(7), NOW, TODAY)).containsExactly("Closing soon");
        assertThat(PostingBadges.of(old, TODAY.plusDays(8), NOW, TODAY)).isEmpty();
        assertThat(PostingBadges.of(old, null, NOW, TODAY)).isEmpty();
    }

    @Test
    void a_short_posting_can_be_both() {
        assertThat(PostingBadges.of(NOW, TODAY.plusDays(3), NOW, TODAY)).containsExactly("New", "Closing soon");
    }
}
