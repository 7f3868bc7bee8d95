package dev.itam.m365.importing.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The rows of one staging table that one page of users gives, written in bulk: with PostgreSQL's
 * {@code COPY} (the rows streamed as CSV, several times faster than a batch of inserts there), with
 * one JDBC batch elsewhere. Values are Long, String, Boolean, Timestamp or null, in column order.
 */
final class StagedTable {

    private final String table;
    private final List<String> columns;
    private final List<Integer> types;
    private final List<Object[]> rows = new ArrayList<>();

    StagedTable(String table, List<String> columns, List<Integer> types) {
        this.table = table;
        this.columns = columns;
        this.types = types;
    }

    void add(Object... values) {
        rows.add(values);
    }

    void write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class));
        } else {
            batch(connection);
        }
    }

    private void copy(PGConnection connection) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        rows.forEach(row -> line(csv, row));
        try {
            connection
                    .getCopyAPI()
                    .copyIn(sql, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("Streaming the staged rows of " + table + " failed: " + e.getMessage(), e);
        }
    }

    private void batch(Connection connection) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, types.get(i));
                    } else {
                        insert.setObject(i + 1, row[i], types.get(i));
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A row as PostgreSQL's CSV: text always quoted, so an empty text stays empty and an unquoted
     * empty field is NULL; a timestamp as its local date and time, as {@code setTimestamp} sends it.
     */
    private void line(StringBuilder line, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = row[i];
            if (value == null) {
                continue;
            }
            switch (types.get(i)) {
                case Types.VARCHAR ->
                    line.append('"')
                            .append(value.toString().replace("\"", "\"\""))
                            .append('"');
                case Types.TIMESTAMP -> line.append(((Timestamp) value).toString());
                default -> line.append(value);
            }
        }
        line.append('\n');
    }
}
