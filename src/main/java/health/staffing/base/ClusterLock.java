package health.staffing.base;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs check-then-insert work once across instances: in a transaction that first locks the named row
 * of {@code cluster_lock} (V37), so the same work on another instance (two servers starting together)
 * waits until this one commits and then finds it done. On H2, the embedded single-server database, it
 * keeps two threads of the one instance apart the same way.
 */
@Component
public class ClusterLock {

    /** Widest name: the column's. */
    static final int MAX_NAME = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String insertIfMissing;

    ClusterLock(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
        this.insertIfMissing = Databases.isPostgres(dataSource)
                ? "insert into cluster_lock (name) values (?) on conflict do nothing"
                : "merge into cluster_lock key (name) values (?)";
    }

    /** Does {@code work} in one transaction holding the lock {@code name}; returns what it returns. */
    public <T> @Nullable T exclusively(String name, Supplier<T> work) {
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A lock name has 1 to " + MAX_NAME + " characters: " + name);
        }
        return transaction.execute(status -> {
            jdbc.update(insertIfMissing, name);
            jdbc.queryForList("select name from cluster_lock where name = ? for update", String.class, name);
            return work.get();
        });
    }

    /** {@link #exclusively(String, Supplier)} for work without a result. */
    public void run(String name, Runnable work) {
        exclusively(name, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
