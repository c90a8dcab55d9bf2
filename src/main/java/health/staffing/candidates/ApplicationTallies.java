package health.staffing.candidates;

import health.staffing.base.Databases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes {@link ApplicationTally}'s rows: adds a change to one requisition's month and day inside the caller's
 * transaction (the row is created first if missing, without racing a concurrent creator), and rebuilds
 * the whole table from the rows for loaders that insert applications without the entities.
 */
@Component
public class ApplicationTallies {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private @Nullable String createRow;

    ApplicationTallies(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Adds {@code delta} (column → amount, negative to take away) to the requisition's month and day of
     * {@code at}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(Instant at, long requisitionId, Map<String, Number> delta) {
        if (delta.isEmpty()) {
            return;
        }
        List<String> sets = new ArrayList<>();
        delta.keySet().forEach(column -> sets.add(column + " = " + column + " + :" + column));
        String update = "update application_tally set " + String.join(", ", sets)
                + " where span = :span and period_start = :start and requisition_id = :requisition";
        for (ApplicationTally.Span span : ApplicationTally.Span.values()) {
            LocalDate start = span.start(at);
            jdbc.sql(createRow()).param("span", span.name()).param("start", start).param("requisition", requisitionId)
                    .update();
            jdbc.sql(update).params(delta).param("span", span.name()).param("start", start)
                    .param("requisition", requisitionId).update();
        }
    }

    /** Empties the table and fills it from the applications and stage moves as they are. */
    @Transactional
    public void rebuild() {
        jdbc.sql("delete from application_tally").update();
        ApplicationTally.rebuildSql().forEach(sql -> jdbc.sql(sql).update());
    }

    /**
     * Insert-if-missing that a concurrent insert of the same row cannot fail: PostgreSQL's {@code on
     * conflict do nothing}, H2's standard {@code merge} (H2 runs one writer per row anyway).
     */
    private String createRow() {
        String sql = createRow;
        if (sql == null) {
            sql = Databases.isPostgres(dataSource)
                    ? "insert into application_tally (span, period_start, requisition_id) values (:span, :start,"
                            + " :requisition) on conflict do nothing"
                    : "merge into application_tally t using (values (cast(:span as varchar(5)), cast(:start as date),"
                            + " cast(:requisition as bigint))) s (k, d, r)"
                            + " on t.span = s.k and t.period_start = s.d and t.requisition_id = s.r"
                            + " when not matched then insert (span, period_start, requisition_id) values (s.k, s.d, s.r)";
            createRow = sql;
        }
        return sql;
    }
}
