package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The import's rules on a small chart in memory: no database. */
class OrgChartCsvValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String HEADER = String.join(",", OrgChartCsvFormat.HEADER);

    private final ChartSnapshot chart = chart(
            position("MGB-CEO", "MGB", null, "100001"),
            position("MGB-CMO", "MGB", "MGB-CEO", "100002"),
            position("MGB-ACMO", "MGB", "MGB-CMO", "100003"),
            position("MGB-MD", "MGB", "MGB-ACMO", null, new OrgChartRow.Dotted("MGB-ACPHO", "population health")),
            position("MGB-CPHO", "MGB", "MGB-CEO", "100004"),
            position("MGB-ACPHO", "MGB", "MGB-CPHO", "100005"),
            position("MH-CEO", "MH", null, "300001"));

    private final OrgChartCsvValidator validator = new OrgChartCsvValidator(chart, Set.of("MGB", "MH"),
            Set.of("100001", "100002", "100003", "100004", "100005", "100006", "100007", "300001"));

    private static OrgChartRow position(String code, String organisation, String manager, String incumbent,
            OrgChartRow.Dotted... dotted) {
        return new OrgChartRow(code, "Title " + code, "Dept", organisation, manager, incumbent, new BigDecimal("1.00"),
                new BigDecimal("0.50"), "Somerville", "MA", List.of(dotted));
    }

    private static ChartSnapshot chart(OrgChartRow... rows) {
        Map<String, OrgChartRow> active = Arrays.stream(rows).collect(Collectors.toMap(OrgChartRow::code, r -> r));
        return new ChartSnapshot(DAY, active, Map.of("MGB-OLD", "retired from 2026-01-01"));
    }

    private static String csv(String... lines) {
        return HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private static String exportOf(ChartSnapshot chart) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.writeRecord(OrgChartCsvFormat.HEADER);
        OrgChartCsvFormat.managersFirst(chart.active().values()).forEach(r -> writer.writeRecord(OrgChartCsvFormat.fields(r)));
        return out.toString();
    }

    private ImportPlan plan(String text) {
        return validator.validate(CsvReader.readAll(text), progress -> { });
    }

    private List<ImportError> errors(String text) {
        CsvImportException refused = catchThrowableOfType(CsvImportException.class, () -> plan(text));
        assertThat(refused).as("the file should have been refused").isNotNull();
        return refused.errors();
    }

    private static List<Integer> lines(List<ImportError> errors) {
        return errors.stream().map(ImportError::line).toList();
    }

    @Test
    void a_file_that_equals_the_chart_plans_no_change() {
        ImportPlan plan = plan(exportOf(chart));

        assertThat(plan.changes()).isEmpty();
        assertThat(plan.report(false)).satisfies(report -> {
            assertThat(report.rows()).isEqualTo(7);
            assertThat(report.unchanged()).isEqualTo(7);
            assertThat(report.noChanges()).isTrue();
        });
    }

    @Test
    void new_positions_moves_incumbents_and_dotted_lines_are_planned_and_counted() {
        ImportPlan plan = plan(csv(
                "MGB-NEW,New Director,Primary Care,MGB,MGB-ACMO,100006,1.00,0.40,Boston,ma,MGB-CMO:clinical quality",
                "MGB-MD,Title MGB-MD,Dept,MGB,MGB-CMO,100007,1.00,0.50,Somerville,MA,MGB-ACPHO:population health and quality",
                "MGB-CMO,Title MGB-CMO,Dept,MGB,MGB-CEO,,1.00,0.50,Somerville,MA,",
                "MGB-CPHO,Chief Population Health Officer,Dept,MGB,MGB-CEO,100004,1.0,0.5,Somerville,ma,",
                "MGB-ACPHO,Title MGB-ACPHO,Dept,MGB,MGB-CPHO,100005,1,.5,Somerville,MA,"));

        assertThat(plan.report(false)).satisfies(report -> {
            assertThat(report.created()).isEqualTo(1);
            assertThat(report.moved()).isEqualTo(1);
            assertThat(report.incumbentsChanged()).isEqualTo(2);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.dottedLinesAdded()).isEqualTo(2);
            assertThat(report.dottedLinesRemoved()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(1);
        });
        ImportPlan.Change created = plan.changes().getFirst();
        assertThat(created.row().locationState()).isEqualTo("MA");
        assertThat(created.row().incumbentNumber()).isEqualTo("100006");
        ImportPlan.Change director = plan.changes().get(1);
        assertThat(director.dottedRemoved()).containsExactly(new OrgChartRow.Dotted("MGB-ACPHO", "population health"));
        assertThat(director.dottedAdded())
                .containsExactly(new OrgChartRow.Dotted("MGB-ACPHO", "population health and quality"));
    }

    @Test
    void a_wrong_header_is_reported_alone_on_line_1() {
        List<ImportError> errors = errors("id,title\r\nMGB-X,,,,,,,,,,\r\n");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).contains("must be the header", HEADER);
        });
        assertThat(errors("")).singleElement().extracting(ImportError::message).asString().contains("empty");
    }

    @Test
    void a_header_only_file_and_blank_lines_change_nothing() {
        assertThat(plan(HEADER + "\r\n").report(false).rows()).isZero();
        assertThat(plan("\uFEFF" + HEADER.toUpperCase() + "\n\n").changes()).isEmpty();
    }

    @Test
    void every_error_is_collected_with_the_line_where_its_record_starts() {
        List<ImportError> errors = errors(csv(
                "MGB-A,Title,,MGB,MGB-NOPE,,1.00,0.50,,,",
                "MGB-A,Title,,MGB,MGB-CEO,,1.00,0.50,,,",
                "MGB-B,\"Two\nline title\",,MGB,MGB-CEO,,1.20,0.50,,,",
                "MGB-C,Title,,MGB,MGB-CEO,999999,1.00,0.50,,,",
                ",,,MGB,MGB-CEO,,1.00,0.50,,,",
                "MGB-D,Title,,XX,MGB-CEO,,1.00,0.50,,,",
                "MGB-E,Title,,MGB,MGB-CEO,,1.00",
                "MGB-F,Title,,MGB,MGB-CEO,,abc,0.50,,,",
                "MGB-G,Title,,MGB,MGB-CEO,,0.80,0.90,,,",
                "MGB-H,Title,,MGB,MGB-CEO,,1.00,0.505,,Mass,",
                "MGB-I,Title,,MGB,MGB-CEO,,0,-0.10,,,",
                "MGB-J,Title,,MGB,MGB-OLD,,1.00,1.00,,,",
                "MGB-K,\"bad\"quote,,MGB,MGB-CEO,,1.00,1.00,,,"));

        assertThat(errors).extracting(ImportError::toString).containsExactly(
                "line 2: Unknown manager MGB-NOPE: it is neither in the file nor an existing position.",
                "line 3: position_id MGB-A is already on line 2; each position may appear once.",
                "line 4: title contains an invisible character (U+000A), a line break, which this one-line field cannot"
                        + " hold; remove it.",
                "line 4: fte must be more than 0 and at most 1.00; found 1.20.",
                "line 6: Unknown employee number 999999 in incumbent_employee_id.",
                "line 7: position_id is missing.",
                "line 7: title is missing.",
                "line 8: Unknown entity XX: create the organisation before importing its positions.",
                "line 9: The line has 7 fields; every line needs 11 (" + HEADER + ").",
                "line 10: fte \"abc\" is not a number; write it like 1.00 or 0.50.",
                "line 11: admin_fte must be between 0 and the fte (0.80); found 0.90.",
                "line 12: location_state must be a two-letter code such as MA or NY; found Mass.",
                "line 12: admin_fte 0.505 has more than two decimals.",
                "line 13: fte must be more than 0 and at most 1.00; found 0.",
                "line 13: admin_fte must be between 0 and the fte; found -0.10.",
                "line 14: Unknown manager MGB-OLD: that position is not active on 2026-06-01 (retired from 2026-01-01).",
                "line 15: Text after a closing quote: a quote inside a quoted field must be doubled (\"\").");
    }

    @Test
    void an_employee_holds_one_position_in_the_resulting_chart() {
        List<ImportError> errors = errors(csv(
                "MGB-X1,Title,,MGB,MGB-CEO,100006,1.00,0.50,,,",
                "MGB-X2,Title,,MGB,MGB-CEO,100006,1.00,0.50,,,",
                "MGB-X3,Title,,MGB,MGB-CEO,100001,1.00,0.50,,,"));

        assertThat(errors).extracting(ImportError::line).containsExactly(3, 4);
        assertThat(errors.get(0).message()).isEqualTo(
                "Employee 100006 is also the incumbent of MGB-X1 on line 2; an employee holds one position at a time.");
        assertThat(errors.get(1).message()).contains("Employee 100001 already holds MGB-CEO", "not in the file");

        ImportPlan swap = plan(csv(
                "MGB-X1,Title,,MGB,MGB-CEO,100002,1.00,0.50,,,",
                "MGB-CMO,Title MGB-CMO,Dept,MGB,MGB-CEO,,1.00,0.50,Somerville,MA,"));
        assertThat(swap.report(false).incumbentsChanged()).isEqualTo(1);
    }

    @Test
    void dotted_lines_must_be_well_formed_and_point_at_known_positions_other_than_itself_and_the_manager() {
        List<ImportError> errors = errors(csv(
                "MGB-X1,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-X1:self",
                "MGB-X2,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-NOPE:ghost",
                "MGB-X3,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-CEO:again",
                "MGB-X4,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-CMO",
                "MGB-X5,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-CMO:a|MGB-CMO:b",
                "MGB-X6,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-OLD:retired",
                "MGB-X7,Title,,MGB,MGB-CEO,,1.00,0.50,,,MGB-X1:new partner|MGB-CMO:existing partner"));

        assertThat(lines(errors)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(errors.get(0).message()).contains("cannot have a dotted line to itself");
        assertThat(errors.get(1).message()).isEqualTo(
                "Unknown dotted-line partner MGB-NOPE: it is neither in the file nor an existing position.");
        assertThat(errors.get(2).message()).contains("duplicates the solid line");
        assertThat(errors.get(3).message()).contains("has no label");
        assertThat(errors.get(4).message()).contains("MGB-CMO is named twice");
        assertThat(errors.get(5).message()).contains("not active on 2026-06-01");
    }

    @Test
    void an_organisation_keeps_one_top_position() {
        List<ImportError> errors = errors(csv(
                "MGB-TOP-2,Title,,MGB,,,1.00,0.50,,,",
                "MH-CMO,Title,,MH,MH-CEO,,1.00,0.50,,,"));
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).isEqualTo("MGB would have 2 top positions (MGB-CEO, MGB-TOP-2); an organisation "
                    + "has one top, so give MGB-TOP-2 a manager.");
        });

        assertThat(lines(errors(csv(
                "MGB-CEO,Title MGB-CEO,Dept,MGB,,100001,1.00,0.50,Somerville,MA,",
                "MGB-CMO,Title MGB-CMO,Dept,MGB,,100002,1.00,0.50,Somerville,MA,")))).containsExactly(2, 3);

        ImportPlan newTop = plan(csv(
                "MGB-BOARD,Board Chair,,MGB,,,1.00,0.50,,,",
                "MGB-CEO,Title MGB-CEO,Dept,MGB,MGB-BOARD,100001,1.00,0.50,Somerville,MA,"));
        assertThat(newTop.report(false).moved()).isEqualTo(1);
    }

    @Test
    void every_position_on_a_reporting_cycle_is_reported_with_its_line() {
        List<ImportError> throughTheChart = errors(csv(
                "MGB-CMO,Title MGB-CMO,Dept,MGB,MGB-MD,100002,1.00,0.50,Somerville,MA,"));
        assertThat(throughTheChart).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).isEqualTo(
                    "MGB-CMO would report to itself in a circle: MGB-CMO → MGB-MD → MGB-ACMO → MGB-CMO.");
        });

        List<ImportError> inTheFile = errors(csv(
                "MGB-X,Title,,MGB,MGB-Z,,1.00,0.50,,,",
                "MGB-Y,Title,,MGB,MGB-X,,1.00,0.50,,,",
                "MGB-Z,Title,,MGB,MGB-Y,,1.00,0.50,,,",
                "MGB-BELOW,Title,,MGB,MGB-Z,,1.00,0.50,,,",
                "MGB-SELF,Title,,MGB,MGB-SELF,,1.00,0.50,,,"));
        assertThat(inTheFile).extracting(ImportError::toString).containsExactly(
                "line 2: MGB-X would report to itself in a circle: MGB-X → MGB-Z → MGB-Y → MGB-X.",
                "line 3: MGB-Y would report to itself in a circle: MGB-Y → MGB-X → MGB-Z → MGB-Y.",
                "line 4: MGB-Z would report to itself in a circle: MGB-Z → MGB-Y → MGB-X → MGB-Z.",
                "line 6: MGB-SELF cannot report to itself.");
    }

    @Test
    void existing_positions_stay_in_their_organisation_and_inactive_ones_are_not_changed() {
        List<ImportError> errors = errors(csv(
                "MGB-CMO,Title MGB-CMO,Dept,MH,MGB-CEO,100002,1.00,0.50,Somerville,MA,",
                "MGB-OLD,Old,,MGB,MGB-CEO,,1.00,0.50,,,"));

        assertThat(errors).extracting(ImportError::toString).containsExactly(
                "line 2: MGB-CMO belongs to MGB; an import cannot move a position to another organisation (MH).",
                "line 3: Position MGB-OLD exists but is not active on 2026-06-01 (retired from 2026-01-01); "
                        + "the import cannot change it.");
    }

    @Test
    void progress_is_reported_at_least_every_500_rows_and_at_the_end() {
        String[] rows = IntStream.rangeClosed(1, 1200)
                .mapToObj(i -> "MGB-N" + i + ",Title " + i + ",,MGB,MGB-CEO,,1.00,0.50,,,").toArray(String[]::new);
        List<ImportProgress> progress = new ArrayList<>();

        ImportPlan plan = validator.validate(CsvReader.readAll(csv(rows)), progress::add);

        assertThat(plan.report(false).created()).isEqualTo(1200);
        assertThat(progress).extracting(ImportProgress::done).containsExactly(0, 500, 1000, 1200);
        assertThat(progress).allSatisfy(p -> {
            assertThat(p.phase()).isEqualTo(ImportProgress.Phase.VALIDATING);
            assertThat(p.total()).isEqualTo(1200);
        });
    }

    @Test
    void the_employee_numbers_of_a_file_are_collected_for_one_lookup() {
        var records = CsvReader.readAll(csv("A,T,,MGB,,100001,1,1,,,", "B,T,,MGB,,,1,1,,,", "broken"));

        assertThat(OrgChartCsvValidator.employeeNumbersIn(records)).containsExactly("100001");
    }
}
