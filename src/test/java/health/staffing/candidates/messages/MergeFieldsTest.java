package health.staffing.candidates.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    @Test
    void known_fields_are_filled_and_text_around_them_is_kept() {
        String text = "Dear {candidate}, about {role} (job {reference}) — {recruiter}. Costs $5 {not a field}.";

        assertThat(MergeFields.render(text, Map.of("candidate", "Lena Marsh", "role", "Executive Director",
                "reference", "102603", "recruiter", "Sam Patel")))
                .isEqualTo("Dear Lena Marsh, about Executive Director (job 102603) — Sam Patel. Costs $5 {not a field}.");
    }

    @Test
    void a_value_with_dollar_signs_or_backslashes_is_inserted_as_written() {
        assertThat(MergeFields.render("{candidate}", Map.of("candidate", "A$1 \\B"))).isEqualTo("A$1 \\B");
    }

    @Test
    void a_missing_value_says_what_the_field_means() {
        assertThat(MergeFields.render("Interview: {interview}", Map.of()))
                .isEqualTo("Interview: (the next interview's date, time and place)");
    }

    @Test
    void unknown_fields_are_listed_once_each_in_order() {
        assertThat(MergeFields.unknown("{candiate} {role} {Role} {candiate}")).containsExactly("{candiate}", "{Role}");
        assertThat(MergeFields.unknown("{candidate} {role} {reference} {interview} {recruiter}")).isEmpty();
    }

    @Test
    void the_rules_name_the_unknown_field_and_the_known_ones_and_keep_to_the_columns() {
        assertThat(MessageRules.body("Dear {candiate}")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Unknown merge field {candiate}.").contains("{candidate}", "{recruiter}"));
        assertThat(MessageRules.subject("x".repeat(201))).isPresent();
        assertThat(MessageRules.body("x".repeat(4001))).isPresent();
        assertThat(MessageRules.subject(" ")).contains("Enter the subject.");
        assertThat(MessageRules.body("Dear {candidate}")).isEmpty();
    }
}
