package health.staffing.orgchart;

import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the whole chart of a day for the CSV export and import with a handful of set-based queries
 * (positions, solid lines, dotted lines, incumbents, inactive codes; employee numbers through
 * {@link EmployeeService} in batches), whatever the number of positions. The same SQL on H2 and
 * PostgreSQL.
 */
@Component
class ChartSnapshotQueries {

    private static final String ACTIVE = " p.active_from <= :day and (p.retired_from is null or p.retired_from > :day) ";
    private static final String EFFECTIVE = " rl.effective_from <= :day and (rl.effective_to is null or rl.effective_to > :day) ";

    private final JdbcClient jdbc;
    private final EmployeeService employees;

    ChartSnapshotQueries(JdbcClient jdbc, EmployeeService employees) {
        this.jdbc = jdbc;
        this.employees = employees;
    }

    private record PositionRow(long id, String code, String title, String organisationCode, String department,
            String city, String state, BigDecimal fte, BigDecimal adminFte) {
    }

    private record Line(long subordinateId, String superiorCode, String label) {
    }

    private record Held(long positionId, long employeeId) {
    }

    ChartSnapshot load(LocalDate day) {
        List<PositionRow> positions = jdbc.sql("""
                select p.id, p.code, p.title, o.code as organisation_code, p.department, p.location_city,
                       p.location_state, p.fte, p.admin_fte
                from org_position p
                join organisation o on o.id = p.organisation_id
                where""" + ACTIVE).param("day", day)
                .query((rs, n) -> new PositionRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("organisation_code"), rs.getString("department"), rs.getString("location_city"),
                        rs.getString("location_state"), rs.getBigDecimal("fte"), rs.getBigDecimal("admin_fte")))
                .list();
        Map<Long, String> managers = new HashMap<>();
        for (Line line : lines(ReportingLineKind.SOLID, day)) {
            managers.putIfAbsent(line.subordinateId(), line.superiorCode());
        }
        Map<Long, List<OrgChartRow.Dotted>> dotted = new HashMap<>();
        for (Line line : lines(ReportingLineKind.DOTTED, day)) {
            dotted.computeIfAbsent(line.subordinateId(), id -> new ArrayList<>())
                    .add(new OrgChartRow.Dotted(line.superiorCode(), line.label()));
        }
        Map<Long, String> incumbents = incumbentNumbers(day);

        Map<String, OrgChartRow> active = new HashMap<>();
        for (PositionRow p : positions) {
            active.put(p.code(), new OrgChartRow(p.code(), p.title(), p.department(), p.organisationCode(),
                    managers.get(p.id()), incumbents.get(p.id()), p.fte(), p.adminFte(), p.city(), p.state(),
                    dotted.getOrDefault(p.id(), List.of())));
        }
        Map<String, String> inactive = new HashMap<>();
        jdbc.sql("select p.code, p.active_from, p.retired_from from org_position p where not (" + ACTIVE + ")")
                .param("day", day)
                .query((rs, n) -> {
                    LocalDate retired = rs.getObject("retired_from", LocalDate.class);
                    LocalDate from = rs.getObject("active_from", LocalDate.class);
                    return Map.entry(rs.getString("code"),
                            retired != null && !retired.isAfter(day) ? "retired from " + retired : "starts on " + from);
                })
                .list().forEach(entry -> inactive.put(entry.getKey(), entry.getValue()));
        return new ChartSnapshot(day, active, inactive);
    }

    /** Lines of the kind in force on the day, by subordinate and then partner code (first one wins). */
    private List<Line> lines(ReportingLineKind kind, LocalDate day) {
        return jdbc.sql("""
                select rl.subordinate_position_id, s.code, rl.label
                from reporting_line rl
                join org_position s on s.id = rl.superior_position_id
                where rl.kind = :kind and""" + EFFECTIVE + """
                order by rl.subordinate_position_id, s.code
                """).param("kind", kind.name()).param("day", day)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Position id to the employee number of its incumbent on the day. */
    private Map<Long, String> incumbentNumbers(LocalDate day) {
        List<Held> held = jdbc.sql("""
                select i.position_id, i.employee_id from position_incumbency i
                where i.effective_from <= :day and (i.effective_to is null or i.effective_to > :day)
                order by i.position_id, i.employee_id
                """).param("day", day).query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2))).list();
        Set<Long> employeeIds = new HashSet<>();
        held.forEach(h -> employeeIds.add(h.employeeId()));
        Map<Long, EmployeeSummary> people = employees.findAllById(employeeIds);
        Map<Long, String> numbers = new HashMap<>();
        for (Held h : held) {
            EmployeeSummary person = people.get(h.employeeId());
            if (person != null) {
                numbers.putIfAbsent(h.positionId(), person.employeeNumber());
            }
        }
        return numbers;
    }
}
