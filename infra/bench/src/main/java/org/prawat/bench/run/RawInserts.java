package org.prawat.bench.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The raw limit of appending: plain JDBC inserts of rows shaped like the stored events (their own
 * payloads and metadata, new ids) into a scratch table with the event table's columns, keys and
 * unique indexes. No trigger: the hash chain that domain_event_entry carries is the application's cost.
 */
final class RawInserts implements AutoCloseable {

    static final String TABLE = "bench_raw_event";
    private static final String INSERT = "INSERT INTO " + TABLE + " (aggregate_identifier, sequence_number, type,"
            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Events per made-up aggregate, about a case file's. */
    private static final int PER_AGGREGATE = 70;

    private final DataSource dataSource;
    private final List<EventRows.Shape> shapes;

    RawInserts(DataSource dataSource, List<EventRows.Shape> shapes) throws SQLException {
        if (shapes.isEmpty()) {
            throw new IllegalStateException("No stored events to copy the shape of");
        }
        this.dataSource = dataSource;
        this.shapes = List.copyOf(shapes);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " (global_index BIGSERIAL NOT NULL PRIMARY KEY,"
                    + " aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,"
                    + " type VARCHAR(255), event_identifier VARCHAR(255) NOT NULL UNIQUE, meta_data BYTEA,"
                    + " payload BYTEA NOT NULL, payload_revision VARCHAR(255), payload_type VARCHAR(255) NOT NULL,"
                    + " time_stamp VARCHAR(255) NOT NULL, UNIQUE (aggregate_identifier, sequence_number))");
        }
    }

    /** Rows per second with {@code clients} threads, each inserting one row per transaction. */
    double rowsPerSecond(long rows, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long share = rows / clients + (c < rows % clients ? 1 : 0);
                done.add(pool.submit(() -> {
                    insertOnePerTransaction(share);
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Milliseconds to insert {@code rows} rows in one transaction (what one bulk attendance stores). */
    double oneTransactionMillis(int rows) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (var insert = connection.prepareStatement(INSERT)) {
                String aggregate = "raw-" + UUID.randomUUID();
                for (int i = 0; i < rows; i++) {
                    bind(insert, i, aggregate);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** One row in its own transaction, for the raw limit of the projection lag. */
    void insertOne() throws SQLException {
        insertOnePerTransaction(1);
    }

    private void insertOnePerTransaction(long rows) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            String aggregate = null;
            for (long i = 0; i < rows; i++) {
                if (i % PER_AGGREGATE == 0) {
                    aggregate = "raw-" + UUID.randomUUID();
                }
                bind(insert, (int) (i % PER_AGGREGATE), aggregate);
                insert.executeUpdate();
            }
        }
    }

    private void bind(PreparedStatement insert, int sequence, String aggregate) throws SQLException {
        var shape = shapes.get(Math.floorMod(aggregate.hashCode() + sequence, shapes.size()));
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, shape.type());
        insert.setString(4, UUID.randomUUID().toString());
        insert.setBytes(5, shape.metaData());
        insert.setBytes(6, shape.payload());
        insert.setString(7, shape.payloadRevision());
        insert.setString(8, shape.payloadType());
        insert.setString(9, shape.timeStamp());
    }

    @Override
    public void close() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }
}
