package io.stageboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The local copy of each account's pipeline, in the app's {@link Database}: opportunities and reference lists as
 * JSON text (the service layer owns the format), and the sync cursor. Rows are keyed by account, so accounts never
 * see each other's data and signing out deletes exactly one account's rows.
 *
 * <p>Active opportunities and archived ones live in separate tables: the board reads the active ones whole at start,
 * without touching the archived ones, which are searched in place ({@link ArchivedStore}, full-text indexed). A row
 * moves from one table to the other when its opportunity is archived or unarchived. Every row carries the generation
 * of the load that last wrote it, so a full pass finds what Lever no longer lists in SQL ({@link #sweep}) instead of
 * holding every id in memory.
 */
public final class OpportunityCache {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS cache_opportunities(
          account TEXT NOT NULL,
          id TEXT NOT NULL,
          json TEXT NOT NULL,
          gen INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY(account, id)) WITHOUT ROWID""", """
        CREATE TABLE IF NOT EXISTS cache_reference(
          account TEXT NOT NULL,
          kind TEXT NOT NULL,
          json TEXT NOT NULL,
          PRIMARY KEY(account, kind))""", """
        CREATE TABLE IF NOT EXISTS cache_cursor(
          account TEXT PRIMARY KEY,
          synced_at INTEGER NOT NULL)""", """
        CREATE TABLE IF NOT EXISTS cache_generation(
          account TEXT PRIMARY KEY,
          gen INTEGER NOT NULL)""",
    };

    private final Database database;

    /** Opens the cache in {@code database}, creating its tables when they are missing. */
    public OpportunityCache(Database database) {
        this.database = database;
        database.with("create the cache tables", c -> {
            try (Statement s = c.createStatement()) {
                if (olderCache(c)) {
                    // A cache of an earlier version holds archived opportunities among the active ones and no
                    // generations: read the account again from Lever rather than migrate it row by row.
                    s.execute("DROP TABLE cache_opportunities");
                    s.execute("DELETE FROM cache_cursor");
                }
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
                for (String ddl : ArchivedStore.SCHEMA) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    private static boolean olderCache(Connection c) throws SQLException {
        boolean exists = false;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(cache_opportunities)")) {
            while (rs.next()) {
                exists = true;
                if (rs.getString("name").equals("gen")) {
                    return false;
                }
            }
        }
        return exists;
    }

    /**
     * One cached opportunity: its id, its JSON and, for an archived one, what its search and filters need.
     *
     * @param archived null for an active opportunity
     */
    public record Row(String id, String json, ArchivedFields archived) {

        /** An active opportunity. */
        public Row(String id, String json) {
            this(id, json, null);
        }
    }

    /**
     * What the archived store indexes of an archived opportunity.
     *
     * @param newest  when it was archived (or else last updated), ms since the epoch: "newest first" orders by it
     * @param text    the text the search looks in (name, headline, e-mail addresses)
     * @param posting its posting's id, or null
     * @param tags    its tags
     * @param sources its sources
     * @param origin  its origin, or null
     * @param owner   its owner's user id, or null
     */
    public record ArchivedFields(
            long newest,
            String text,
            String posting,
            List<String> tags,
            List<String> sources,
            String origin,
            String owner) {}

    /**
     * A search among archived opportunities; null filters mean "any".
     *
     * @param search words, each the start of a word of the text ("ada lov" finds Ada Lovelace)
     */
    public record ArchivedFilter(
            String search, String posting, String tag, String source, String origin, String owner) {}

    /**
     * An answer of {@link #findArchived}.
     *
     * @param json  the newest matches' JSON, newest first
     * @param total how many archived opportunities match in all
     */
    public record ArchivedPage(List<String> json, int total) {}

    /** What a {@link #sweep} removed. */
    public record Swept(List<String> activeIds, int archived) {}

    /**
     * Inserts or replaces opportunities, all in one transaction, each in the table of its state (an opportunity that
     * was archived or unarchived leaves the other one), stamped with the account's current load generation.
     */
    public void putOpportunities(String account, Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        database.inTransaction("save opportunities to the cache", c -> {
            long gen = generation(c, account);
            try (PreparedStatement active = c.prepareStatement(
                            "INSERT OR REPLACE INTO cache_opportunities(account, id, json, gen) VALUES(?, ?, ?, ?)");
                    PreparedStatement notActive =
                            c.prepareStatement("DELETE FROM cache_opportunities WHERE account = ? AND id = ?")) {
                for (Row row : rows) {
                    if (row.archived() == null) {
                        ArchivedStore.delete(c, account, row.id());
                        active.setString(1, account);
                        active.setString(2, row.id());
                        active.setString(3, row.json());
                        active.setLong(4, gen);
                        active.addBatch();
                    } else {
                        notActive.setString(1, account);
                        notActive.setString(2, row.id());
                        notActive.executeUpdate();
                        ArchivedStore.put(c, account, row, gen);
                    }
                }
                active.executeBatch();
            }
            return null;
        });
    }

    /**
     * Starts a full pass: every row it writes gets a new generation, so {@link #sweep} can then remove what it did
     * not write.
     *
     * @return the new generation
     */
    public long startGeneration(String account) {
        return database.inTransaction("start a full load in the cache", c -> {
            long next = generation(c, account) + 1;
            try (PreparedStatement p =
                    c.prepareStatement("INSERT OR REPLACE INTO cache_generation(account, gen) VALUES(?, ?)")) {
                p.setString(1, account);
                p.setLong(2, next);
                p.executeUpdate();
            }
            return next;
        });
    }

    /**
     * Removes every opportunity of the account that no load of generation {@code gen} or later wrote: after a
     * complete full pass, what Lever no longer lists.
     *
     * @return the ids of the active opportunities removed, and how many archived ones were
     */
    public Swept sweep(String account, long gen) {
        return database.inTransaction("remove opportunities Lever no longer lists", c -> {
            List<String> gone = new ArrayList<>();
            try (PreparedStatement p =
                    c.prepareStatement("SELECT id FROM cache_opportunities WHERE account = ? AND gen < ?")) {
                p.setString(1, account);
                p.setLong(2, gen);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        gone.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement p =
                    c.prepareStatement("DELETE FROM cache_opportunities WHERE account = ? AND gen < ?")) {
                p.setString(1, account);
                p.setLong(2, gen);
                p.executeUpdate();
            }
            return new Swept(gone, ArchivedStore.sweep(c, account, gen));
        });
    }

    private static long generation(Connection c, String account) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT gen FROM cache_generation WHERE account = ?")) {
            p.setString(1, account);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** @return how many archived opportunities the account has cached */
    public int archivedCount(String account) {
        return database.with("count the cached archived opportunities", c -> ArchivedStore.count(c, account));
    }

    /**
     * Searches the cached archived opportunities.
     *
     * @param limit at most this many, newest first
     * @return the matches' JSON and how many match in all
     */
    public ArchivedPage findArchived(String account, ArchivedFilter filter, int limit) {
        return database.with(
                "search the cached archived opportunities", c -> ArchivedStore.find(c, account, filter, limit));
    }

    /** Removes opportunities (deleted in Lever) from the cache, active or archived. */
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
                    ArchivedStore.delete(c, account, id);
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** @return the JSON of every cached active opportunity of the account, in no particular order */
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
            ArchivedStore.deleteAccount(c, account);
            for (String table : List.of("cache_opportunities", "cache_reference", "cache_cursor", "cache_generation")) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE account = ?")) {
                    p.setString(1, account);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }
}
