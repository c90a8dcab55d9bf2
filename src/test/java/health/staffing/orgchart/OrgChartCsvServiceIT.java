package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.people.EmployeeService;
import health.staffing.people.NewEmployee;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Export and import of the demo organisation; every test rolls back. */
@DatabaseTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class OrgChartCsvServiceIT {

    private static final String HEADER = "position_id,title,department,entity,manager_position_id,"
            + "incumbent_employee_id,fte,admin_fte,location_city,location_state,dotted_lines";

    @Autowired
    OrgChartCsvService csv;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    EmployeeService employees;
    @Autowired
    AuditLog auditLog;

    private static String line(String export, String code) {
        return Arrays.stream(export.split("\r\n")).filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
    }

    private static String file(String... lines) {
        return HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private ImportReport importCsv(String text, LocalDate day) {
        return csv.importCsv(new StringReader(text), day, null);
    }

    private long id(String code) {
        return orgChart.findByCode(code).orElseThrow().id();
    }

    @Test
    void the_export_lists_every_position_with_its_manager_incumbent_and_dotted_lines() {
        String export = csv.export(null);
        List<String> lines = List.of(export.split("\r\n"));

        assertThat(export).endsWith("\r\n");
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        assertThat(lines).hasSize((int) orgChart.counts().positions() + 1);
        assertThat(lines.get(1)).isEqualTo("MGB-CEO,President and Chief Executive Officer,Executive Office,MGB,,100001,"
                + "1.00,1.00,Somerville,MA,");
        assertThat(line(export, "MGB-MD-PCQ")).isEqualTo("MGB-MD-PCQ,Medical Director for Primary Care Quality,"
                + "Primary Care,MGB,MGB-ACMO-PC,,1.00,0.50,Somerville,MA,MGB-ACPHO:population health");
        assertThat(line(export, "MGB-ACMO-PC")).contains(",MGB,MGB-CMO,100003,1.00,0.80,");
        assertThat(line(export, "MGB-TA-PHYS")).contains("Human Resources · Talent Acquisition");
    }

    @Test
    void the_export_puts_managers_before_their_reports() {
        List<List<String>> records = CsvReader.readAll(csv.export(null)).stream().map(CsvReader.CsvRecord::fields).toList();
        Set<String> seen = new HashSet<>();

        for (List<String> fields : records.subList(1, records.size())) {
            assertThat(fields).hasSize(11);
            assertThat(fields.get(4).isEmpty() || seen.contains(fields.get(4)))
                    .as("manager of %s comes first", fields.getFirst()).isTrue();
            seen.add(fields.getFirst());
        }
        assertThat(records).extracting(List::getFirst).containsSubsequence("MGB-CEO", "MH-CEO", "MPH-CEO", "CMG-PRES");
    }

    @Test
    void importing_the_export_changes_nothing_and_the_next_export_is_identical() {
        String first = csv.export(null);
        long auditEvents = auditLog.count();

        ImportReport report = importCsv(first, null);

        assertThat(report.noChanges()).isTrue();
        assertThat(report.applied()).isTrue();
        assertThat(report.unchanged()).isEqualTo(report.rows()).isEqualTo((int) orgChart.counts().positions());
        assertThat(csv.export(null)).isEqualTo(first);
        assertThat(auditLog.count()).isEqualTo(auditEvents);
    }

    @Test
    void an_import_creates_moves_reassigns_edits_and_rewires_dotted_lines_from_its_day() {
        LocalDate today = LocalDate.now();
        LocalDate nextWeek = today.plusWeeks(1);
        String export = csv.export(nextWeek);
        employees.create(new NewEmployee("900001", "Ines", "Calder", "MD", "ines.calder@example.org", "Boston, MA", null));
        employees.create(new NewEmployee("900002", "Omar", "Farouk", "DO", "omar.farouk@example.org", "Boston, MA", null));
        String text = file(
                "MGB-MD-BH,\"Medical Director, Behavioral Health\",Behavioral Health,MGB,MGB-CMO,,1.00,0.50,Boston,MA,"
                        + "MGB-CPHO:behavioral health",
                "MGB-MD-BH-2,Associate Medical Director,Behavioral Health,MGB,MGB-MD-BH,900001,0.80,0.20,Boston,MA,",
                line(export, "MGB-MD-PCQ").replace(",MGB-ACMO-PC,", ",MGB-CMO,") + "|MGB-CFO:budget",
                line(export, "MGB-RMD-PC").replace(",100006,", ",900002,"),
                line(export, "CMG-DIR-OPS").replace(",200003,", ",,"),
                line(export, "CMG-DIR-PREC").replace("CMG-SMD-CMM:provider recruitment", ""),
                line(export, "MGB-HRIS").replace("Manager, HR Information Systems", "Director, HR Information Systems"),
                line(export, "MGB-CFO"));
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport preview = csv.previewImport(new StringReader(text), nextWeek, null);
        ImportReport report = csv.importCsv(new StringReader(text), nextWeek, progress::add);

        assertThat(preview.applied()).isFalse();
        assertThat(report).isEqualTo(new ImportReport(nextWeek, true, 8, 2, 1, 1, 2, 2, 1, 1));
        assertThat(preview).isEqualTo(new ImportReport(nextWeek, false, 8, 2, 1, 1, 2, 2, 1, 1));
        assertThat(progress.getFirst().phase()).isEqualTo(ImportProgress.Phase.VALIDATING);
        assertThat(progress.getLast()).satisfies(last -> {
            assertThat(last.phase()).isEqualTo(ImportProgress.Phase.APPLYING);
            assertThat(last.fraction()).isEqualTo(1.0);
        });

        assertThat(orgChart.pathToTop(id("MGB-MD-BH-2"), nextWeek)).extracting(PositionSummary::code)
                .containsExactly("MGB-MD-BH-2", "MGB-MD-BH", "MGB-CMO", "MGB-CEO");
        assertThat(orgChart.findByCode("MGB-MD-BH-2", nextWeek).orElseThrow().incumbentName()).isEqualTo("Ines Calder, MD");
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-BH"), nextWeek)).extracting(DottedLine::label)
                .containsExactly("behavioral health");
        assertThat(orgChart.managerOf(id("MGB-MD-PCQ"), today)).map(PositionSummary::code).contains("MGB-ACMO-PC");
        assertThat(orgChart.managerOf(id("MGB-MD-PCQ"), nextWeek)).map(PositionSummary::code).contains("MGB-CMO");
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), nextWeek)).extracting(DottedLine::label)
                .containsExactlyInAnyOrder("population health", "budget");
        assertThat(orgChart.findByCode("MGB-RMD-PC", today).orElseThrow().incumbentName()).isEqualTo("Gregory Lin, MD");
        assertThat(orgChart.findByCode("MGB-RMD-PC", nextWeek).orElseThrow().incumbentName()).isEqualTo("Omar Farouk, DO");
        assertThat(orgChart.findByCode("CMG-DIR-OPS", nextWeek).orElseThrow().vacant()).isTrue();
        assertThat(orgChart.dottedLinesOf(id("CMG-DIR-PREC"), today)).hasSize(1);
        assertThat(orgChart.dottedLinesOf(id("CMG-DIR-PREC"), nextWeek)).isEmpty();
        assertThat(orgChart.findByCode("MGB-HRIS").orElseThrow().title()).isEqualTo("Director, HR Information Systems");

        List<AuditEvent> history = auditLog.historyOf("Position", id("MGB-MD-PCQ"), PageRequest.of(0, 10));
        assertThat(history).extracting(AuditEvent::action).contains("MOVED", "DOTTED_LINE_ADDED");
        assertThat(history).filteredOn(e -> e.action().equals("MOVED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("recruiter");
            assertThat(e.before()).isEqualTo("reports to MGB-ACMO-PC");
            assertThat(e.after()).isEqualTo("reports to MGB-CMO from " + nextWeek);
        });
        assertThat(auditLog.historyOf("Position", id("MGB-MD-BH-2"), PageRequest.of(0, 10)))
                .extracting(AuditEvent::action).containsExactlyInAnyOrder("CREATED", "INCUMBENT_ASSIGNED");

        String after = csv.export(nextWeek);
        assertThat(line(after, "MGB-MD-BH")).isEqualTo("MGB-MD-BH,\"Medical Director, Behavioral Health\","
                + "Behavioral Health,MGB,MGB-CMO,,1.00,0.50,Boston,MA,MGB-CPHO:behavioral health");
        assertThat(importCsv(after, nextWeek).noChanges()).isTrue();
        CsvImportException tooEarly = catchThrowableOfType(CsvImportException.class,
                () -> csv.previewImport(new StringReader(file(line(after, "MGB-MD-BH"))), today, null));
        assertThat(tooEarly.errors()).singleElement().extracting(ImportError::message).asString()
                .contains("not active on " + today + " (starts on " + nextWeek + ")");
    }

    @Test
    void a_file_with_errors_reports_all_of_them_by_line_and_changes_nothing() {
        String before = csv.export(null);
        long auditEvents = auditLog.count();
        String text = file(
                line(before, "MGB-CMO").replace(",MGB-CEO,", ",MGB-MD-PCQ,"),
                "MGB-NEW-1,Director,,MGB,MGB-NOWHERE,,1.00,0.50,,,",
                "MGB-NEW-2,Director,,MGB,MGB-CMO,,1.00,0.50,,,",
                "MGB-NEW-2,Director again,,MGB,MGB-CMO,,1.00,0.50,,,",
                "MGB-NEW-3,Director,,MGB,MGB-CMO,,1.50,0.50,,,",
                "MGB-NEW-4,Director,,MGB,MGB-CMO,777777,1.00,0.50,,,",
                line(before, "MGB-CFO").replace(",100009,", ",100010,"));

        CsvImportException refused = catchThrowableOfType(CsvImportException.class,
                () -> importCsv(text, null));

        assertThat(refused.getMessage()).isEqualTo("The file has 6 errors, so nothing was changed. Fix them and import it again.");
        assertThat(refused.errors()).extracting(ImportError::line).containsExactly(2, 3, 5, 6, 7, 8);
        assertThat(refused.errors().get(0).message()).isEqualTo("MGB-CMO would report to itself in a circle: "
                + "MGB-CMO → MGB-MD-PCQ → MGB-ACMO-PC → MGB-CMO.");
        assertThat(refused.errors().get(1).message()).startsWith("Unknown manager MGB-NOWHERE");
        assertThat(refused.errors().get(2).message()).contains("MGB-NEW-2 is already on line 4");
        assertThat(refused.errors().get(3).message()).contains("fte must be more than 0 and at most 1.00");
        assertThat(refused.errors().get(4).message()).contains("Unknown employee number 777777");
        assertThat(refused.errors().get(5).message()).contains("Employee 100010 already holds MGB-FIN-PLAN");
        assertThat(csv.export(null)).isEqualTo(before);
        assertThat(orgChart.findByCode("MGB-NEW-2")).isEmpty();
        assertThat(auditLog.count()).isEqualTo(auditEvents);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_may_neither_export_nor_import() {
        assertThatThrownBy(() -> csv.export(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importCsv(file(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv.previewImport(new StringReader(file()), null, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
