package db.migration;

import health.staffing.candidates.ApplicationTally;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code application_tally} (V34) from the applications and stage moves already recorded. Java,
 * so the backfill is the very SQL that {@link ApplicationTally} generates for the rebuild and that the
 * dashboard uses for a period's ragged ends: one definition of every measure.
 */
public class V35__Fill_application_tally extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : ApplicationTally.rebuildSql()) {
                statement.executeUpdate(sql);
            }
        }
    }
}
