package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostingWordsTest {

    @Test
    void words_are_lower_case_letters_and_digits_without_markdown() {
        assertThat(PostingWords.of("## Medical Director, **Quality** & Safety (100% FTE) — Worcester/MA"))
                .containsExactly("medical", "director", "quality", "safety", "100", "fte", "worcester", "ma");
    }

    @Test
    void a_plural_s_is_folded_on_both_sides_but_short_words_and_double_s_stay() {
        assertThat(PostingWords.of("Directors clinics us its business")).containsExactly("director", "clinic", "us",
                "its", "business");
        assertThat(PostingWords.query("director")).containsExactly("director");
    }

    @Test
    void a_search_keeps_the_typed_order_without_repeats_and_at_most_ten_words() {
        assertThat(PostingWords.query("quality Quality primary")).containsExactly("quality", "primary");
        String eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertThat(PostingWords.query(eleven)).hasSize(10);
        assertThat(PostingWords.query(null)).isEmpty();
        assertThat(PostingWords.query("  ,; ")).isEmpty();
    }

    @Test
    void accented_letters_are_words_too() {
        assertThat(PostingWords.of("Zoë Müller, Montréal")).containsExactly("zoë", "müller", "montréal");
    }
}
