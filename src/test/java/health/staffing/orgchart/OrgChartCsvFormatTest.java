package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartCsvFormatTest {

    private static OrgChartRow row(String code, String organisation, String manager) {
        return new OrgChartRow(code, "Title " + code, null, organisation, manager, null, BigDecimal.ONE,
                BigDecimal.ONE, null, null, List.of());
    }

    private static List<String> codes(List<OrgChartRow> rows) {
        return rows.stream().map(OrgChartRow::code).toList();
    }

    @Test
    void dotted_lines_are_code_label_pairs_separated_by_bars_ordered_by_code() {
        String text = OrgChartCsvFormat.dottedLines(List.of(new OrgChartRow.Dotted("MGB-CFO", "budget"),
                new OrgChartRow.Dotted("MGB-ACPHO", "population health")));

        assertThat(text).isEqualTo("MGB-ACPHO:population health|MGB-CFO:budget");
        assertThat(OrgChartCsvFormat.parseDottedLines(text)).containsExactly(
                new OrgChartRow.Dotted("MGB-ACPHO", "population health"), new OrgChartRow.Dotted("MGB-CFO", "budget"));
    }

    @Test
    void bars_colons_and_backslashes_in_labels_are_escaped_so_every_label_survives() {
        List<OrgChartRow.Dotted> lines = List.of(new OrgChartRow.Dotted("A|B", "quality: safety | risk \\ audit"));

        String text = OrgChartCsvFormat.dottedLines(lines);

        assertThat(text).isEqualTo("A\\|B:quality\\: safety \\| risk \\\\ audit");
        assertThat(OrgChartCsvFormat.parseDottedLines(text)).isEqualTo(lines);
    }

    @Test
    void spaces_around_pairs_codes_and_labels_are_ignored_and_an_empty_field_has_no_lines() {
        assertThat(OrgChartCsvFormat.parseDottedLines(" MGB-ACPHO : population health | MGB-CFO:budget "))
                .containsExactly(new OrgChartRow.Dotted("MGB-ACPHO", "population health"),
                        new OrgChartRow.Dotted("MGB-CFO", "budget"));
        assertThat(OrgChartCsvFormat.parseDottedLines("")).isEmpty();
        assertThat(OrgChartCsvFormat.parseDottedLines(null)).isEmpty();
    }

    @Test
    void malformed_dotted_lines_say_what_is_wrong() {
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("MGB-CFO")).isInstanceOf(DomainException.class)
                .hasMessageContaining("has no label");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("MGB-CFO:")).hasMessageContaining("has no label");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines(":budget")).hasMessageContaining("no position code");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("A:x||B:y")).hasMessageContaining("pair 2 is empty");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("A:x|")).hasMessageContaining("pair 2 is empty");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("A:ratio 1:2")).hasMessageContaining("second ':'");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("A:a\\b")).hasMessageContaining("backslash");
        assertThatThrownBy(() -> OrgChartCsvFormat.parseDottedLines("A:a\\")).hasMessageContaining("backslash");
    }

    @Test
    void decimals_have_two_places() {
        assertThat(OrgChartCsvFormat.decimal(new BigDecimal("1"))).isEqualTo("1.00");
        assertThat(OrgChartCsvFormat.decimal(new BigDecimal("0.5"))).isEqualTo("0.50");
    }

    @Test
    void fields_follow_the_header() {
        OrgChartRow row = new OrgChartRow("MGB-MD-PCQ", "Medical Director", "Primary Care", "MGB", "MGB-ACMO-PC",
                "100003", new BigDecimal("1.00"), new BigDecimal("0.50"), "Somerville", "MA",
                List.of(new OrgChartRow.Dotted("MGB-ACPHO", "population health")));

        assertThat(OrgChartCsvFormat.fields(row)).containsExactly("MGB-MD-PCQ", "Medical Director", "Primary Care",
                "MGB", "MGB-ACMO-PC", "100003", "1.00", "0.50", "Somerville", "MA", "MGB-ACPHO:population health");
        assertThat(OrgChartCsvFormat.HEADER).hasSize(OrgChartCsvFormat.COLUMNS);
    }

    @Test
    void managers_come_first_breadth_first_per_organisation_then_detached_then_cycles() {
        List<OrgChartRow> rows = List.of(
                row("B-CHILD", "B", "B-TOP"),
                row("A-GRANDCHILD", "A", "A-CHILD-2"),
                row("A-CHILD-2", "A", "A-TOP"),
                row("A-CHILD-1", "A", "A-TOP"),
                row("B-TOP", "B", null),
                row("A-TOP", "A", null),
                row("ORPHAN-REPORT", "A", "ORPHAN"),
                row("ORPHAN", "A", "RETIRED"),
                row("LOOP-2", "A", "LOOP-1"),
                row("LOOP-1", "A", "LOOP-2"));

        assertThat(codes(OrgChartCsvFormat.managersFirst(rows))).containsExactly(
                "A-TOP", "A-CHILD-1", "A-CHILD-2", "A-GRANDCHILD", "B-TOP", "B-CHILD", "ORPHAN", "ORPHAN-REPORT",
                "LOOP-1", "LOOP-2");
    }
}
