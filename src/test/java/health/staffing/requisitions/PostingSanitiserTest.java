package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostingSanitiserTest {

    /** Classic payloads (OWASP XSS filter evasion cheat sheet and friends), in HTML and in Markdown. */
    static List<String> payloads() {
        return List.of(
                "<script>alert('xss')</script>",
                "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<svg/onload=alert(1)>",
                "<body onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\" onmouseover=\"alert(2)\">x</a>",
                "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">styled</div>",
                "<b onclick=\"alert(1)\">bold</b>",
                "<!--<script>alert(1)</script>-->",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click]( javascript:alert(1) )",
                "[click](java\tscript:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;avascript&#58;alert(1))",
                "[click](javascript&colon;alert(1))",
                "[click](javascript\\:alert(1))",
                "[click](javascript%3Aalert(1))",
                "[click](<javascript:alert(1)>)",
                "[click](javascript:alert((document.cookie)))",
                "[click](\njavascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![img](javascript:alert(1))",
                "[ref]: javascript:alert(1)\n\n[click][ref]",
                "[ref]:\n  JAVASCRIPT:alert(1)\n\n[click][ref]",
                "<javascript:alert(1)>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">x</a>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void no_script_handler_or_dangerous_url_survives(String payload) {
        String clean = PostingSanitiser.markdown("Before\n\n" + payload + "\n\nAfter");

        assertSafe(clean);
        assertThat(clean).startsWith("Before").endsWith("After");
        assertThat(PostingSanitiser.markdown(clean)).as("sanitising twice changes nothing more").isEqualTo(clean);
    }

    static void assertSafe(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<a ", "<div", "<body", "onerror",
                "onload", "onclick", "onmouseover", "javascript:", "vbscript:", "data:", "&#106;", "&#x6a;", "&colon;",
                "java\tscript", "<!--", "style=");
    }

    @Test
    void plain_text_and_markdown_are_kept_exactly() {
        String text = """
                Quality Assurance & Improvement: R&D, AT&T and <5 years are fine.

                - Recruit, mentor, and support the **professional** development of medical staff.
                - See [the policy](https://www.example.org/policy?a=1&b=2 "Policy") or [HR](/hr#pay) or <https://example.org>.
                - Mail [HR](mailto:hr@example.org), call [us](tel:+15085550100).""";

        assertThat(PostingSanitiser.markdown(text)).isEqualTo(text);
    }

    @Test
    void inline_formatting_tags_survive_without_their_attributes() {
        assertThat(PostingSanitiser.markdown("<b onclick=\"alert(1)\">bold</b> and <em class=x>em</em><br onmouseover=y>"))
                .isEqualTo("<b>bold</b> and <em>em</em><br>");
    }

    @Test
    void other_html_is_removed_and_its_text_kept() {
        assertThat(PostingSanitiser.markdown("<div><p>Lead <span style=\"x\">quality</span> work.</p></div>"))
                .isEqualTo("Lead quality work.");
    }

    @Test
    void an_unsafe_link_leaves_its_label_as_text() {
        assertThat(PostingSanitiser.markdown("Apply [here](javascript:alert(1)) today."))
                .isEqualTo("Apply here today.");
        assertThat(PostingSanitiser.markdown("Logo ![logo](data:image/png;base64,AAAA) here."))
                .isEqualTo("Logo logo here.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/a:b", "/relative/path", "page.html", "#anchor",
            "mailto:hr@example.org", "tel:+1555", "?q=a:b"})
    void safe_addresses_are_recognised(String url) {
        assertThat(PostingSanitiser.isSafeUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\nscript:x", "&#x6A;avascript:x",
            "javascript&#x3A;x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "j%61vascript:x"})
    void unsafe_addresses_are_recognised(String url) {
        assertThat(PostingSanitiser.isSafeUrl(url)).isFalse();
    }

    @Test
    void a_line_is_one_line_and_a_literal_shows_markdown_characters_as_written() {
        assertThat(PostingSanitiser.line("Medical\nDirector <script>x</script>")).isEqualTo("Medical Director");
        assertThat(PostingSanitiser.literal("Director *of* [Quality]")).isEqualTo("Director \\*of\\* \\[Quality\\]");
    }

    @Test
    void nothing_is_an_empty_text() {
        assertThat(PostingSanitiser.markdown(null)).isEmpty();
        assertThat(PostingSanitiser.markdown("  \n <script>x</script> \n")).isEmpty();
    }
}
