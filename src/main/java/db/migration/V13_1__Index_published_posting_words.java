package db.migration;

import health.staffing.requisitions.PostingWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code posting_word} for the versions published before V13. Java, because splitting text
 * into words the way the board reads them has no portable SQL; it uses the application's own
 * {@link PostingWords} so old and new versions are indexed alike. Versions that already have words
 * are left alone, so running it again changes nothing.
 */
public class V13_1__Index_published_posting_words extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet versions = select.executeQuery("select id, title, document from posting_version v"
                        + " where not exists (select 1 from posting_word w where w.version_id = v.id)");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into posting_word (word, version_id) values (?, ?)")) {
            while (versions.next()) {
                long id = versions.getLong("id");
                for (String word : PostingWords.of(versions.getString("title") + "\n" + versions.getString("document"))) {
                    insert.setString(1, word);
                    insert.setLong(2, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
