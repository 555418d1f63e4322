package io.stageboard.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The app's one SQLite file in the app data folder, in WAL mode, its schema created on open. One connection, used
 * under this object's lock: writes are small and few per second, and one connection keeps SQLite's locking simple.
 */
public final class Database implements AutoCloseable {

    /** The file name inside the app data folder. */
    public static final String FILE_NAME = "stageboard.db";

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS jobs(
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL,
          argument TEXT NOT NULL,
          description TEXT NOT NULL,
          actor TEXT,
          account TEXT NOT NULL,
          state TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          finished_at INTEGER)""",
        """
        CREATE TABLE IF NOT EXISTS items(
          job_id INTEGER NOT NULL REFERENCES jobs(id),
          seq INTEGER NOT NULL,
          opportunity_id TEXT NOT NULL,
          label TEXT NOT NULL,
          description TEXT NOT NULL,
          argument TEXT,
          state TEXT NOT NULL,
          before_value TEXT,
          after_value TEXT,
          message TEXT,
          updated_at INTEGER NOT NULL,
          PRIMARY KEY(job_id, seq))""",
        "CREATE INDEX IF NOT EXISTS items_by_state ON items(job_id, state)",
        "CREATE INDEX IF NOT EXISTS items_by_time ON items(updated_at)",
    };

    private final Connection connection;
    private final String location;

    private Database(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /**
     * Opens (or creates) the database in {@code folder}.
     *
     * @throws StoreException when the folder or file cannot be used
     */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new StoreException(
                    "Stageboard cannot create its data folder " + folder + "; check that it is writable.", e);
        }
        Path file = folder.resolve(FILE_NAME);
        return connect("jdbc:sqlite:" + file, file.toString());
    }

    /** A database that lives in memory only, for writes that need no durability across restarts. */
    public static Database inMemory() {
        return connect("jdbc:sqlite::memory:", "memory");
    }

    private static Database connect(String url, String location) {
        try {
            Connection connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives an app crash; only a power loss may lose the last commits.
                statement.execute("PRAGMA synchronous=NORMAL");
                statement.execute("PRAGMA foreign_keys=ON");
                statement.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA) {
                    statement.execute(ddl);
                }
            }
            return new Database(connection, location);
        } catch (SQLException e) {
            throw new StoreException(
                    "Stageboard cannot open its database " + location
                            + "; check that the disk is not full and no other copy of Stageboard is using it.",
                    e);
        }
    }

    /** Runs {@code work} with the connection, holding the lock, and wraps JDBC failures. */
    <T> T with(String what, SqlWork<T> work) {
        synchronized (this) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(
                        "Stageboard could not " + what + " in its database (" + location + "): " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code work} in one transaction: all of it is written or none. */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return with(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Stageboard could not close its database cleanly.", e);
            }
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
