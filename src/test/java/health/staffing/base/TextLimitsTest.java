package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void a_value_within_its_column_passes_and_a_longer_one_is_refused_with_the_limit() {
        assertThat(TextLimits.problem("The city", "Boston", 100)).isEmpty();
        assertThat(TextLimits.problem("The city", null, 100)).isEmpty();
        assertThat(TextLimits.problem("The city", "x".repeat(100), 100)).isEmpty();
        assertThat(TextLimits.problem("The city", "x".repeat(100_000), 100))
                .contains("The city can be at most 100 characters; it has 100,000.");
    }

    @Test
    void a_search_drops_what_no_query_can_take_and_keeps_the_rest() {
        assertThat(TextLimits.searchable("Bos\u0000ton\u202E\r\n")).isEqualTo("Boston");
        assertThat(TextLimits.searchable("São Paulo 👩‍⚕️\tMD")).isEqualTo("São Paulo 👩‍⚕️\tMD");
        assertThat(TextLimits.searchable(null)).isNull();
    }

    @Test
    void surrounding_spaces_are_not_counted_because_they_are_not_stored() {
        assertThat(TextLimits.problem("The code", "  ABC  ", 3)).isEmpty();
    }

    @Test
    void every_problem_is_collected_and_a_single_rule_throws_a_business_message() {
        List<String> problems = new ArrayList<>();
        TextLimits.check(problems, "The title", "t".repeat(201), 200);
        TextLimits.check(problems, "The city", "c".repeat(101), 100);
        assertThat(problems).hasSize(2);
        assertThatThrownBy(() -> TextLimits.require("The label", "l".repeat(101), 100))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 100 characters");
    }
}
