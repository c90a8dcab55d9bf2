package health.staffing.orgchart;


import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.NewEmployee;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two people in HR change the same seat at the same moment, each from the version they saw: one
 * change lands, the other is refused with "changed by someone else", and the seat never has two
 * incumbents or two managers. Real transactions on two threads, on H2 and PostgreSQL; the test works
 * on a seat and two people of its own and removes them afterwards.
 */
@DatabaseTest
class OrgChartConcurrencyIT {

    private static final String SEAT = "RACE-MD-1";

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;

    @Autowired
    IncumbencyService incumbency;
    @Autowired
    EmployeeService employees;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private long first;
    private long second;

    @BeforeEach
    void a_vacant_seat_and_two_people() {
        SystemActor.run(() -> {
            structure.createPosition(new NewPosition(SEAT, "Medical Director, Race Conditions", "MGB", "Primary Care",
                    "Somerville", "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-ACMO-PC", null,
                    LocalDate.now(clock).minusDays(1)));
            first = employees.create(new NewEmployee("RACE01", "Ada", "First", "MD", "ada.first@example.org", null,
                    null)).id();
            second = employees.create(new NewEmployee("RACE02", "Ben", "Second", "MD", "ben.second@example.org", null,
                    null)).id();
        });
    }

    @Test
    void two_incumbents_assigned_at_once_leave_one_and_refuse_the_other() throws Exception {
        long seen = SystemActor.call(() -> orgChart.versionOf(SEAT));

        Outcome outcome = race(() -> incumbency.assignIncumbent(SEAT, seen, first, null),
                () -> incumbency.assignIncumbent(SEAT, seen, second, null));

        assertThat(outcome.landed()).isEqualTo(1);
        assertThat(outcome.refused()).singleElement().isInstanceOf(DomainException.class).extracting(Throwable::getMessage)
                .isEqualTo("Medical Director, Race Conditions was changed by someone else. Reload it and try again.");
        assertThat(jdbc.sql("select count(*) from position_incumbency i join org_position p on p.id = i.position_id"
                + " where p.code = :seat and i.effective_to is null").param("seat", SEAT).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void two_moves_at_once_leave_one_manager_and_refuse_the_other() throws Exception {
        long seen = SystemActor.call(() -> orgChart.versionOf(SEAT));

        Outcome outcome = race(() -> structure.movePosition(SEAT, seen, "MGB-CMO", null),
                () -> structure.movePosition(SEAT, seen, "MGB-RMD-PC", null));

        assertThat(outcome.landed()).isEqualTo(1);
        assertThat(outcome.refused()).singleElement().isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("select count(*) from reporting_line l join org_position p on p.id = l.subordinate_position_id"
                + " where p.code = :seat and l.kind = 'SOLID' and l.effective_to is null").param("seat", SEAT)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_vacancy_and_an_assignment_at_once_do_not_both_land() throws Exception {
        SystemActor.run(() -> incumbency.assignIncumbent(SEAT, orgChart.versionOf(SEAT), first, null));
        long seen = SystemActor.call(() -> orgChart.versionOf(SEAT));

        Outcome outcome = race(() -> incumbency.vacate(SEAT, seen, null),
                () -> incumbency.assignIncumbent(SEAT, seen, second, null));

        assertThat(outcome.landed()).isEqualTo(1);
        assertThat(outcome.refused()).singleElement().isInstanceOf(DomainException.class);
    }

    private record Outcome(int landed, List<Throwable> refused) {
    }

    /** Runs both changes as HR on two threads, released at the same moment, each in its own transaction. */
    private static Outcome race(Runnable one, Runnable other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (Runnable change : List.of(one, other)) {
                Callable<Void> task = () -> {
                    As.signIn("recruiter");
                    try {
                        start.await();
                        change.run();
                        return null;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int landed = 0;
            List<Throwable> refused = new ArrayList<>();
            for (Future<Void> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                    landed++;
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            return new Outcome(landed, refused);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void remove_the_seat_and_the_people() {
        Long seat = jdbc.sql("select id from org_position where code = :code").param("code", SEAT).query(Long.class)
                .optional().orElse(null);
        if (seat != null) {
            jdbc.sql("delete from position_incumbency where position_id = :id").param("id", seat).update();
            jdbc.sql("delete from reporting_line where subordinate_position_id = :id or superior_position_id = :id")
                    .param("id", seat).update();
            jdbc.sql("delete from succession_candidate where position_id = :id").param("id", seat).update();
            jdbc.sql("delete from org_position where id = :id").param("id", seat).update();
            jdbc.sql("delete from audit_event where entity_type = 'Position' and entity_id = :id")
                    .param("id", String.valueOf(seat)).update();
        }
        jdbc.sql("delete from employee where employee_number in ('RACE01', 'RACE02')").update();
    }
}
