package io.stageboard.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The archived opportunities of each account, kept in the database rather than on the heap: a table of their JSON
 * and an FTS5 index over their search text, with the filter values (posting, tags, sources, origin, owner and the
 * account) as hashed tokens in a second column, so one full-text query answers the search and every filter at once.
 *
 * <p>The row id orders by recency: the time an opportunity was archived (or last updated) in ms, times 1024, plus a
 * little of its id's hash; "newest first" is then FTS5's own descending row-id walk, which stops after the limit.
 * Used inside {@link OpportunityCache}'s transactions.
 */
final class ArchivedStore {

    static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS cache_archived(
          rowid INTEGER PRIMARY KEY,
          account TEXT NOT NULL,
          id TEXT NOT NULL,
          gen INTEGER NOT NULL,
          json TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX IF NOT EXISTS cache_archived_by_id ON cache_archived(account, id)",
        // detail=column: column filters and prefixes work, positions are not kept (no phrase search is needed).
        "CREATE VIRTUAL TABLE IF NOT EXISTS cache_archived_fts USING fts5(text, facets, prefix='2 3', detail=column)",
    };

    private ArchivedStore() {}

    /** Inserts or replaces one archived opportunity, stamped with the load generation. */
    static void put(Connection c, String account, OpportunityCache.Row row, long gen) throws SQLException {
        delete(c, account, row.id());
        OpportunityCache.ArchivedFields f = row.archived();
        long key = Math.max(0, f.newest()) * 1024 + (row.id().hashCode() & 1023);
        try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM cache_archived WHERE rowid = ?")) {
            while (true) {
                taken.setLong(1, key);
                try (ResultSet rs = taken.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                }
                key++;
            }
        }
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO cache_archived(rowid, account, id, gen, json) VALUES(?, ?, ?, ?, ?)")) {
            p.setLong(1, key);
            p.setString(2, account);
            p.setString(3, row.id());
            p.setLong(4, gen);
            p.setString(5, row.json());
            p.executeUpdate();
        }
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO cache_archived_fts(rowid, text, facets) VALUES(?, ?, ?)")) {
            p.setLong(1, key);
            p.setString(2, f.text());
            p.setString(3, facets(account, f));
            p.executeUpdate();
        }
    }

    /** Removes one archived opportunity, if the account has it. */
    static void delete(Connection c, String account, String id) throws SQLException {
        Long rowid = null;
        try (PreparedStatement p =
                c.prepareStatement("SELECT rowid FROM cache_archived WHERE account = ? AND id = ?")) {
            p.setString(1, account);
            p.setString(2, id);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    rowid = rs.getLong(1);
                }
            }
        }
        if (rowid == null) {
            return;
        }
        for (String sql : List.of(
                "DELETE FROM cache_archived_fts WHERE rowid = ?", "DELETE FROM cache_archived WHERE rowid = ?")) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, rowid);
                p.executeUpdate();
            }
        }
    }

    /** Removes the account's rows older than {@code gen} (not seen by the full pass that stamped {@code gen}). */
    static int sweep(Connection c, String account, long gen) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM cache_archived_fts WHERE rowid IN"
                + " (SELECT rowid FROM cache_archived WHERE account = ? AND gen < ?)")) {
            p.setString(1, account);
            p.setLong(2, gen);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM cache_archived WHERE account = ? AND gen < ?")) {
            p.setString(1, account);
            p.setLong(2, gen);
            return p.executeUpdate();
        }
    }

    /** Deletes every archived row of the account. */
    static void deleteAccount(Connection c, String account) throws SQLException {
        sweep(c, account, Long.MAX_VALUE);
    }

    /** @return how many archived opportunities the account has cached */
    static int count(Connection c, String account) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM cache_archived WHERE account = ?")) {
            p.setString(1, account);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The newest {@code limit} matches (JSON, newest first) and how many match in all. */
    static OpportunityCache.ArchivedPage find(
            Connection c, String account, OpportunityCache.ArchivedFilter filter, int limit) throws SQLException {
        // The account's token is needed only while another account shares the database: ANDing with it makes FTS5
        // walk an entry for every archived row, which costs more than the search itself.
        String match = match(account, filter, sharedWithAnotherAccount(c, account));
        if (match.isEmpty()) {
            return newest(c, account, limit);
        }
        int total;
        try (PreparedStatement p =
                c.prepareStatement("SELECT count(*) FROM cache_archived_fts WHERE cache_archived_fts MATCH ?")) {
            p.setString(1, match);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        List<String> json = new ArrayList<>(Math.min(limit, total));
        try (PreparedStatement p = c.prepareStatement("SELECT a.json FROM cache_archived a WHERE a.rowid IN"
                + " (SELECT rowid FROM cache_archived_fts WHERE cache_archived_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
                + " ORDER BY a.rowid DESC")) {
            p.setString(1, match);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    json.add(rs.getString(1));
                }
            }
        }
        return new OpportunityCache.ArchivedPage(json, total);
    }

    /**
     * No search and no filter: the account's newest rows and its count, without the full-text index. The walk goes
     * down the row ids (newest first, NOT INDEXED), which stops after the limit; through the account index SQLite
     * would sort every archived row instead.
     */
    private static OpportunityCache.ArchivedPage newest(Connection c, String account, int limit) throws SQLException {
        List<String> json = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT json FROM cache_archived NOT INDEXED WHERE account = ? ORDER BY rowid DESC LIMIT ?")) {
            p.setString(1, account);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    json.add(rs.getString(1));
                }
            }
        }
        return new OpportunityCache.ArchivedPage(json, count(c, account));
    }

    /** Two index look-ups (the smallest and largest account name), whatever the number of rows. */
    private static boolean sharedWithAnotherAccount(Connection c, String account) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                        "SELECT (SELECT min(account) FROM cache_archived), (SELECT max(account) FROM cache_archived)");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            String min = rs.getString(1);
            String max = rs.getString(2);
            return min != null && !(account.equals(min) && account.equals(max));
        }
    }

    /**
     * The FTS5 query: every word of the search as a prefix of a word of the text ("ada lov" finds Ada Lovelace), and
     * every filter as its token; empty when there is neither. Words are split as FTS5's unicode61 tokenizer splits them and quoted, so nothing the
     * user types is read as query syntax.
     */
    static String match(String account, OpportunityCache.ArchivedFilter filter, boolean withAccount) {
        List<String> parts = new ArrayList<>();
        if (withAccount) {
            parts.add("facets : " + token('a', account));
        }
        for (String word : filter.search().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                parts.add("text : \"" + word + "\"*");
            }
        }
        if (filter.posting() != null) {
            parts.add("facets : " + token('p', filter.posting()));
        }
        if (filter.tag() != null) {
            parts.add("facets : " + token('t', filter.tag()));
        }
        if (filter.source() != null) {
            parts.add("facets : " + token('s', filter.source()));
        }
        if (filter.origin() != null) {
            parts.add("facets : " + token('o', filter.origin()));
        }
        if (filter.owner() != null) {
            parts.add("facets : " + token('u', filter.owner()));
        }
        return String.join(" AND ", parts);
    }

    private static String facets(String account, OpportunityCache.ArchivedFields f) {
        StringBuilder s = new StringBuilder(token('a', account));
        append(s, 'p', f.posting());
        f.tags().forEach(t -> append(s, 't', t));
        f.sources().forEach(v -> append(s, 's', v));
        append(s, 'o', f.origin());
        append(s, 'u', f.owner());
        return s.toString();
    }

    private static void append(StringBuilder s, char kind, String value) {
        if (value != null && !value.isBlank()) {
            s.append(' ').append(token(kind, value));
        }
    }

    /** A filter value as one word FTS5 keeps whole: its kind and a 64-bit FNV-1a hash of its text. */
    static String token(char kind, String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return kind + Long.toHexString(hash);
    }
}
