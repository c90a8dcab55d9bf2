package health.staffing.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void every_character_with_a_meaning_in_markup_is_escaped_and_the_rest_kept() {
        assertThat(Markup.escape("<img src=x onerror=\"alert(1)\"> R&D 'Lead' – Zoë"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; R&amp;D &#39;Lead&#39; – Zoë");
    }

    @Test
    void an_escaped_text_is_escaped_again_rather_than_read_as_an_entity() {
        assertThat(Markup.escape("&lt;")).isEqualTo("&amp;lt;");
        assertThat(Markup.escape("")).isEmpty();
    }
}
