package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import health.staffing.people.EmployeeService;
import health.staffing.people.NewEmployee;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * 20,000 positions through the import and the export, timed in the log. Too slow for every build,
 * so its name keeps it out of the default run: {@code ./mvnw test -Dtest=OrgChartCsvScaleBenchmark}
 * (H2, then PostgreSQL when it answers).
 */
@DatabaseTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class OrgChartCsvScaleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OrgChartCsvScaleBenchmark.class);
    private static final int POSITIONS = 20_000;
    private static final int PEOPLE = 2_000;

    @Autowired
    OrgChartCsvService csv;
    @Autowired
    EmployeeService employees;

    @Test
    void twenty_thousand_positions_import_export_and_reimport_in_seconds() {
        LocalDate day = LocalDate.now();
        for (int i = 0; i < PEOPLE; i++) {
            employees.create(new NewEmployee("S" + i, "Given" + i, "Family" + i, null, "s" + i + "@scale.example.org",
                    null, null));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", OrgChartCsvFormat.HEADER));
        for (int i = 0; i < POSITIONS; i++) {
            String manager = i == 0 ? "MGB-CEO" : "S-" + ((i - 1) / 8);
            String incumbent = i < PEOPLE ? "S" + i : "";
            String dotted = i > 100 && i % 10 == 0 ? "S-" + (i / 3) + ":matrix " + i : "";
            lines.add("S-" + i + ",\"Scale Position " + i + ", Unit\",Scale,MGB," + manager + "," + incumbent
                    + ",1.00,0.50,Boston,MA," + dotted);
        }
        String file = String.join("\r\n", lines) + "\r\n";

        List<ImportProgress> progress = new ArrayList<>();
        ImportReport created = timed("import of 20,000 new positions",
                () -> csv.importCsv(new StringReader(file), day, progress::add));
        assertThat(created.created()).isEqualTo(POSITIONS);
        assertThat(progress).filteredOn(p -> p.phase() == ImportProgress.Phase.VALIDATING)
                .hasSizeGreaterThanOrEqualTo(POSITIONS / 500);
        assertThat(progress).filteredOn(p -> p.phase() == ImportProgress.Phase.APPLYING)
                .hasSizeGreaterThanOrEqualTo(POSITIONS / 500);

        String export = timed("export of the whole chart", () -> csv.export(day));
        assertThat(export.lines().count()).isGreaterThan(POSITIONS);

        ImportReport again = timed("re-import of the export", () -> csv.importCsv(new StringReader(export), day, null));
        assertThat(again.noChanges()).isTrue();

        String moved = file.replace(",S-1,", ",S-2,").replace(",matrix ", ",matrix!").replace("Unit\"", "Unit 2\"");
        ImportReport changed = timed("import changing every row", () -> csv.importCsv(new StringReader(moved),
                day.plusDays(1), null));
        assertThat(changed.updated()).isEqualTo(POSITIONS);
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        log.info("{}: {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
