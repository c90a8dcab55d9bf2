package health.staffing.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Copies one real row of a table many times with JDBC batches, changing only the columns a
 * benchmark cares about. Copying a row the services wrote keeps every other column (foreign keys,
 * NOT NULL columns, columns later migrations add) valid without the benchmark spelling them out.
 */
public final class TemplateRows {

    private static final int BATCH = 2_000;

    private final String table;
    private final Map<String, Object> template;

    private TemplateRows(String table, Map<String, Object> template) {
        this.table = table;
        this.template = template;
    }

    /** The row of {@code table} whose {@code column} equals {@code value}. */
    public static TemplateRows of(Connection connection, String table, String column, Object value)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select * from " + table + " where " + column + " = ?")) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No " + table + " row with " + column + " = " + value);
                }
                ResultSetMetaData meta = row.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), row.getObject(i));
                }
                return new TemplateRows(table, values);
            }
        }
    }

    public boolean has(String column) {
        return template.containsKey(column);
    }

    /**
     * Inserts {@code count} copies; {@code change} sets the columns of copy {@code i} (by lower-case
     * name) on a fresh copy of the template. Commits every batch so the transaction log stays small.
     */
    public long insert(Connection connection, int count, BiConsumer<Integer, Map<String, Object>> change)
            throws SQLException {
        List<String> columns = new ArrayList<>(template.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> row = new LinkedHashMap<>(template);
                change.accept(i, row);
                for (int c = 0; c < columns.size(); c++) {
                    insert.setObject(c + 1, row.get(columns.get(c)));
                }
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return count;
    }
}
