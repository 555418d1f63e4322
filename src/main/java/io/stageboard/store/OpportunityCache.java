package io.stageboard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The local copy of each account's pipeline, in the app's {@link Database}: opportunities and reference lists as
 * JSON text (the service layer owns the format), and the sync cursor. Rows are keyed by account, so accounts never
 * see each other's data and signing out deletes exactly one account's rows.
 */
public final class OpportunityCache {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS cache_opportunities(
          account TEXT NOT NULL,
          id TEXT NOT NULL,
          json TEXT NOT NULL,
          PRIMARY KEY(account, id)) WITHOUT ROWID""", """
        CREATE TABLE IF NOT EXISTS cache_reference(
          account TEXT NOT NULL,
          kind TEXT NOT NULL,
          json TEXT NOT NULL,
          PRIMARY KEY(account, kind))""", """
        CREATE TABLE IF NOT EXISTS cache_cursor(
          account TEXT PRIMARY KEY,
          synced_at INTEGER NOT NULL)""",
    };

    private final Database database;

    /** Opens the cache in {@code database}, creating its tables when they are missing. */
    public OpportunityCache(Database database) {
        this.database = database;
        database.with("create the cache tables", c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    /** One cached opportunity: its id and its JSON. */
    public record Row(String id, String json) {}

    /** Inserts or replaces opportunities, all in one transaction. */
    public void putOpportunities(String account, Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        database.inTransaction("save opportunities to the cache", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR REPLACE INTO cache_opportunities(account, id, json) VALUES(?, ?, ?)")) {
                for (Row row : rows) {
                    p.setString(1, account);
                    p.setString(2, row.id());
                    p.setString(3, row.json());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** Removes opportunities (deleted in Lever) from the cache. */
    public void removeOpportunities(String account, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        database.inTransaction("remove opportunities from the cache", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("DELETE FROM cache_opportunities WHERE account = ? AND id = ?")) {
                for (String id : ids) {
                    p.setString(1, account);
                    p.setString(2, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** @return the ids of every cached opportunity of the account */
    public List<String> opportunityIds(String account) {
        return database.with("read the cached opportunity ids", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM cache_opportunities WHERE account = ?")) {
                p.setString(1, account);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** @return the JSON of every cached opportunity of the account, in no particular order */
    public List<String> opportunities(String account) {
        return database.with("read the cached opportunities", c -> {
            List<String> json = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT json FROM cache_opportunities WHERE account = ?")) {
                p.setString(1, account);
                p.setFetchSize(1000);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        json.add(rs.getString(1));
                    }
                }
            }
            return json;
        });
    }

    /** Saves one reference list (stages, users …) as JSON, replacing the previous one. */
    public void putReference(String account, String kind, String json) {
        database.with("save reference data to the cache", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT OR REPLACE INTO cache_reference(account, kind, json) VALUES(?, ?, ?)")) {
                p.setString(1, account);
                p.setString(2, kind);
                p.setString(3, json);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** @return the reference list saved under {@code kind}, if any */
    public Optional<String> reference(String account, String kind) {
        return database.with("read reference data from the cache", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT json FROM cache_reference WHERE account = ? AND kind = ?")) {
                p.setString(1, account);
                p.setString(2, kind);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** @return when the last complete sync started (ms since the epoch); empty while no full pass finished */
    public Optional<Long> syncedAt(String account) {
        return database.with("read the sync time from the cache", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT synced_at FROM cache_cursor WHERE account = ?")) {
                p.setString(1, account);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records that everything changed before {@code millis} is in the cache. */
    public void setSyncedAt(String account, long millis) {
        database.with("save the sync time to the cache", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT OR REPLACE INTO cache_cursor(account, synced_at) VALUES(?, ?)")) {
                p.setString(1, account);
                p.setLong(2, millis);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes everything cached for the account (at sign-out). */
    public void deleteAccount(String account) {
        database.inTransaction("delete the account's cache", c -> {
            for (String table : List.of("cache_opportunities", "cache_reference", "cache_cursor")) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE account = ?")) {
                    p.setString(1, account);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }
}
