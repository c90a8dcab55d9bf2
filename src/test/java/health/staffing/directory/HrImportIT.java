package health.staffing.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.orgchart.CsvImportException;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.HrEmployee;
import health.staffing.security.UserAccountService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The HR system's employee file against the demo organisation; every test rolls back. */
@DatabaseTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class HrImportIT {

    static final String HEADER = String.join(",", HrFileFormat.HEADER);
    static final String GREGORY = "100006,Gregory,Lin,MD,gregory.lin@staffing.example.org,\"Boston, MA\",%s,,2015-01-05,%s,";

    @Autowired
    HrImportService hrImport;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @PersistenceContext
    EntityManager entityManager;

    final LocalDate today = LocalDate.now();

    @Test
    void a_new_employee_takes_a_seat_a_leaver_frees_theirs_and_loses_the_account_and_the_same_file_again_changes_nothing() {
        String seat = seatOf("100006");
        String file = file("HR-90001,Ana,Lopez,MD,Ana.Lopez@staffing.example.org,\"Boston, MA\",MH-MG-ROM-W,100006,"
                + "2026-01-05,,1.00", GREGORY.formatted("", today));

        HrImportReport preview = hrImport.preview(new StringReader(file), null);
        assertThat(preview.applied()).isFalse();
        assertThat(preview.created()).isOne();
        assertThat(preview.terminated()).isOne();
        assertThat(preview.samples()).contains("New: HR-90001 Ana Lopez, into MH-MG-ROM-W",
                "Terminated: 100006 Gregory Lin, vacating " + seat + "; any account disabled");
        assertThat(employees.findByEmployeeNumber("HR-90001")).isEmpty();

        List<ImportProgress> progress = new ArrayList<>();
        HrImportReport report = hrImport.importFile(new StringReader(file), progress::add);

        assertThat(report.summary()).isEqualTo("2 rows: 1 new, 1 changed, 0 moved, 1 terminated, 0 terminations"
                + " scheduled, 0 rehired, 0 unchanged");
        long ana = employees.findByEmployeeNumber("HR-90001").orElseThrow().id();
        assertThat(employees.findByEmployeeNumber("HR-90001").orElseThrow().email()).isEqualTo("ana.lopez@staffing.example.org");
        assertThat(orgChart.findByCode("MH-MG-ROM-W").orElseThrow().incumbentEmployeeId()).isEqualTo(ana);
        assertThat(orgChart.findByCode(seat).orElseThrow().vacant()).isTrue();
        assertThat(enabled("regionalmd")).isFalse();
        assertThat(progress.getLast()).isEqualTo(new ImportProgress(ImportProgress.Phase.APPLYING, 3, 3)); // new, changed, terminated
        assertThat(audited("HR_FILE_IMPORTED")).isOne();
        assertThat(audited("TERMINATED")).isOne();

        HrImportReport again = hrImport.importFile(new StringReader(file), null);
        assertThat(again.noChanges()).isTrue();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void a_transfer_moves_the_incumbent_and_leaves_the_old_seat_vacant() {
        String seat = seatOf("100006");

        HrImportReport report = hrImport.importFile(new StringReader(file(GREGORY.formatted("MPH-SDMD-UM", ""))), null);

        assertThat(report.moved()).isOne();
        assertThat(report.samples()).contains("Moved: 100006 Gregory Lin from " + seat + " to MPH-SDMD-UM");
        assertThat(seatOf("100006")).isEqualTo("MPH-SDMD-UM");
        assertThat(orgChart.findByCode(seat).orElseThrow().vacant()).isTrue();
        assertThat(enabled("regionalmd")).isTrue();
    }

    @Test
    void a_termination_dated_later_is_carried_out_on_its_day() {
        LocalDate later = today.plusDays(30);
        HrImportReport report = hrImport.importFile(new StringReader(file(GREGORY.formatted("", later))), null);

        assertThat(report.terminationsScheduled()).isOne();
        assertThat(report.changed()).isOne();
        assertThat(report.samples()).anyMatch(line -> line.startsWith("Leaves on " + later + ": 100006"));
        assertThat(enabled("regionalmd")).isTrue();
        assertThat(hrImport.applyDueTerminations()).isZero();

        // Thirty days later (the day HR gave has come):
        jdbc.sql("update employee set termination_date = :day where employee_number = '100006'").param("day", today).update();
        String seat = seatOf("100006");
        assertThat(hrImport.applyDueTerminations()).isOne();

        assertThat(enabled("regionalmd")).isFalse();
        assertThat(orgChart.findByCode(seat).orElseThrow().vacant()).isTrue();
        assertThat(hrImport.applyDueTerminations()).isZero();
    }

    @Test
    void every_problem_is_listed_with_its_line_and_nothing_changes() {
        long before = employees.count();
        String file = file(
                "HR-90002,Ana,Lopez,,not-an-email,,,,,,",
                "HR-90003,,Ng,,ng@staffing.example.org,,,,2026-13-01,,2.5",
                "HR-90004,Bo,Ek,,sam.patel@staffing.example.org,,,HR-99999,,,",
                "HR-90005,Cy,Ru,,cy.ru@staffing.example.org,,NO-SUCH-SEAT,,2026-01-05,2025-01-05,",
                "HR-90006,Di,Yo,,di.yo@staffing.example.org,," + seatOf("100006") + ",,,,",
                "HR-90006,Di,Yo,,di.yo2@staffing.example.org,,,,,,",
                "HR-90007,Ed,Fu,,ed.fu@staffing.example.org,,,HR-90007,,,",
                "too,few,fields",
                "HR-90008," + "x".repeat(101) + ",Go,,go@staffing.example.org,,,,,,");

        assertThatThrownBy(() -> hrImport.importFile(new StringReader(file), null))
                .isInstanceOfSatisfying(CsvImportException.class, refused -> assertThat(refused.errors())
                        .extracting(ImportError::toString).containsExactly(
                                "line 2: The email address not-an-email is not an address.",
                                "line 3: hire_date \"2026-13-01\" is not a date like 2026-12-31.",
                                "line 3: Enter the given name.",
                                "line 3: The FTE 2.5 must be between 0.00 and 1.50 with at most two decimals.",
                                "line 4: The email address sam.patel@staffing.example.org belongs to employee 100012.",
                                "line 4: The manager HR-99999 is neither in the file nor in the employee directory.",
                                "line 5: The termination date 2025-01-05 is before the hire date 2026-01-05.",
                                "line 6: Position " + seatOf("100006") + " is held by employee 100006; move or terminate"
                                        + " them in the same file.",
                                "line 7: Employee HR-90006 is already on line 6.",
                                "line 8: An employee cannot be their own manager.",
                                "line 9: The line has 3 fields; the file has 11 columns.",
                                "line 10: The given name can be at most 100 characters; it has 101."));
        assertThat(employees.count()).isEqualTo(before);
        assertThat(enabled("regionalmd")).isTrue();
    }

    @Test
    void a_file_without_the_header_is_refused() {
        assertThatThrownBy(() -> hrImport.preview(new StringReader("employee,name\r\nx,y\r\n"), null))
                .isInstanceOfSatisfying(CsvImportException.class, refused -> assertThat(refused.errors().getFirst()
                        .message()).startsWith("The first line must be the header employee_number,given_name"));
    }

    @Test
    void hr_ends_an_employment_by_hand_and_it_is_carried_out_at_once() {
        String seat = seatOf("100006");
        var gregory = employees.findByEmployeeNumber("100006").orElseThrow();

        hrImport.save(gregory.id(), new HrEmployee("100006", "Gregory", "Lin", "MD", "gregory.lin@staffing.example.org",
                "Boston, MA", null, LocalDate.of(2015, 1, 5), today, null));

        assertThat(enabled("regionalmd")).isFalse();
        assertThat(orgChart.findByCode(seat).orElseThrow().vacant()).isTrue();
        assertThatThrownBy(() -> hrImport.save(gregory.id(), new HrEmployee("100007", "Gregory", "Lin", null,
                "gregory.lin@staffing.example.org", null, null, null, null, null)))
                .hasMessage("An employee number never changes; add a new employee instead.");
        assertThatThrownBy(() -> hrImport.save(null, new HrEmployee("100006", "Greg", "Lin", null,
                "greg.lin@staffing.example.org", null, null, null, null, null)))
                .hasMessage("Employee number 100006 is already in use.");
    }

    private String seatOf(String employeeNumber) {
        long id = employees.findByEmployeeNumber(employeeNumber).orElseThrow().id();
        return orgChart.positionHeldBy(id).map(PositionSummary::code).orElse("");
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from app_user where username = :u").param("u", username).query(Boolean.class).single();
    }

    private long audited(String action) {
        // Only these tests write these actions, and each test rolls back. JDBC reads what is flushed.
        entityManager.flush();
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }

    private static String file(String... lines) {
        return HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }
}
