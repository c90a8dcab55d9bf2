package health.staffing.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A filter address forgives hand-edited values and writes only what is set. */
class FilterAddressTest {

    enum Colour { RED, DARK_BLUE }

    private static FilterAddress address(Map<String, List<String>> parameters) throws Exception {
        Constructor<FilterAddress> constructor = FilterAddress.class.getDeclaredConstructor(Map.class);
        constructor.setAccessible(true);
        return constructor.newInstance(parameters);
    }

    @Test
    void reading_leaves_out_what_it_cannot_use() throws Exception {
        FilterAddress address = address(Map.of("q", List.of("  "), "days", List.of("40"), "big", List.of("99999999999"),
                "score", List.of("4.25"), "high", List.of("6"), "day", List.of("2026-02-30"), "on", List.of("2026-12-04"),
                "colour", List.of("dark-blue"), "colours", List.of("red,GREEN, dark_blue")));

        assertThat(address.text("q")).isEmpty();
        assertThat(address.text("missing")).isEmpty();
        assertThat(address.whole("days", 0, 30)).isEmpty();
        assertThat(address.whole("days", 0, 365)).contains(40);
        assertThat(address.whole("big", 0, Integer.MAX_VALUE)).isEmpty();
        assertThat(address.decimal("score", 2, BigDecimal.ONE, BigDecimal.valueOf(5))).contains(new BigDecimal("4.25"));
        assertThat(address.decimal("high", 2, BigDecimal.ONE, BigDecimal.valueOf(5))).isEmpty();
        assertThat(address.day("day")).isEmpty();
        assertThat(address.day("on")).contains(LocalDate.of(2026, 12, 4));
        assertThat(address.constant("colour", Colour.class)).contains(Colour.DARK_BLUE);
        assertThat(address.constants("colours", Colour.class)).isEqualTo(Set.of(Colour.RED, Colour.DARK_BLUE));
    }

    @Test
    void writing_keeps_only_what_is_set() {
        QueryParameters written = FilterAddress.writer().put("q", " heart ").put("dept", "").put("org", null)
                .putAll("status", Set.of(Colour.RED, Colour.DARK_BLUE)).putWord("sort", Colour.DARK_BLUE)
                .toQueryParameters();

        assertThat(written.getParameters()).isEqualTo(Map.of("q", List.of("heart"), "status", List.of("DARK_BLUE,RED"),
                "sort", List.of("dark_blue")));
    }
}
