package io.stageboard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal of every write the app makes: jobs and their items, each item's outcome recorded as it completes. A
 * job and all its items are written in one transaction before the first request is sent, so a crash at any point
 * leaves a job that can be resumed where it stopped.
 */
public final class Outbox {

    private static final String ITEM_COLUMNS = "job_id, seq, opportunity_id, label, description, argument, state,"
            + " before_value, after_value, message, updated_at";

    private static final String JOB_SELECT =
            "SELECT id, kind, argument, description, actor, state, created_at," + " finished_at FROM jobs";

    private final Database db;
    private final Clock clock;

    /**
     * @param db    the app's database
     * @param clock for the times recorded
     */
    public Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Writes a new running job and its items in one transaction.
     *
     * @param account the Lever account (API base URL) the job writes to; only that account's jobs are resumed
     * @return the job and its items as written, so the caller can run it without reading it back
     */
    public CreatedJob createJob(
            String kind, String argument, String description, String actor, String account, List<NewItem> items) {
        long now = clock.millis();
        long id = db.inTransaction("save a new job", c -> {
            long jobId;
            try (PreparedStatement job = c.prepareStatement(
                    "INSERT INTO jobs(kind, argument, description, actor,"
                            + " account, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                job.setString(1, kind);
                job.setString(2, argument);
                job.setString(3, description);
                job.setString(4, actor);
                job.setString(5, account);
                job.setString(6, JobState.RUNNING.name());
                job.setLong(7, now);
                job.executeUpdate();
                try (ResultSet keys = job.getGeneratedKeys()) {
                    keys.next();
                    jobId = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO items(" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
                int seq = 0;
                for (NewItem item : items) {
                    insert.setLong(1, jobId);
                    insert.setInt(2, seq++);
                    insert.setString(3, item.opportunityId());
                    insert.setString(4, item.label());
                    insert.setString(5, item.description());
                    insert.setString(6, item.argument());
                    insert.setString(7, item.state().name());
                    insert.setString(8, item.before());
                    insert.setString(9, item.message());
                    insert.setLong(10, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return jobId;
        });
        List<ItemRow> rows = new ArrayList<>(items.size());
        for (NewItem item : items) {
            rows.add(new ItemRow(
                    id,
                    rows.size(),
                    item.opportunityId(),
                    item.label(),
                    item.description(),
                    item.argument(),
                    item.state(),
                    item.before(),
                    null,
                    item.message(),
                    now));
        }
        return new CreatedJob(new JobRow(id, kind, argument, description, actor, JobState.RUNNING, now, null), rows);
    }

    /** @return the job, if it exists */
    public Optional<JobRow> job(long id) {
        return db.with("read a job", c -> {
            try (PreparedStatement select = c.prepareStatement(JOB_SELECT + " WHERE id = ?")) {
                select.setLong(1, id);
                return readJobs(select).stream().findFirst();
            }
        });
    }

    /** @return the account's running and paused jobs, oldest first: the ones a new start offers to resume */
    public List<JobRow> unfinishedJobs(String account) {
        return db.with("read the unfinished jobs", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    JOB_SELECT + " WHERE state IN ('RUNNING', 'PAUSED') AND account = ? ORDER BY id")) {
                select.setString(1, account);
                return readJobs(select);
            }
        });
    }

    /** @return every item of the job, in order */
    public List<ItemRow> items(long jobId) {
        return db.with("read a job's items", c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM items WHERE job_id = ? ORDER BY seq")) {
                select.setLong(1, jobId);
                return readItems(select);
            }
        });
    }

    /** @return how many items of the job are in each state (states without items are left out) */
    public Map<ItemState, Integer> counts(long jobId) {
        return db.with("count a job's items", c -> {
            Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
            try (PreparedStatement select =
                    c.prepareStatement("SELECT state, COUNT(*) FROM items WHERE job_id = ? GROUP BY state")) {
                select.setLong(1, jobId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(ItemState.valueOf(rows.getString(1)), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Records that the item is being handed to Lever; written before the request is sent. */
    public void markSending(long jobId, int seq) {
        update("mark an item as being sent", jobId, seq, ItemState.SENDING, null, null, null);
    }

    /**
     * Records an item's outcome.
     *
     * @param before the fields as found on Lever when they were checked, or null to keep the recorded ones
     * @param after  the fields as Lever answered, or null
     */
    public void record(long jobId, int seq, ItemState state, String before, String after, String message) {
        update("record an item's outcome", jobId, seq, state, before, after, message);
    }

    private void update(
            String what, long jobId, int seq, ItemState state, String before, String after, String message) {
        db.with(what, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE items SET state = ?,"
                    + " before_value = COALESCE(?, before_value), after_value = ?, message = ?, updated_at = ?"
                    + " WHERE job_id = ? AND seq = ?")) {
                update.setString(1, state.name());
                update.setString(2, before);
                update.setString(3, after);
                update.setString(4, message);
                update.setLong(5, clock.millis());
                update.setLong(6, jobId);
                update.setInt(7, seq);
                return update.executeUpdate();
            }
        });
    }

    /** Sets a job's state; finishing or cancelling it also records when. */
    public void setJobState(long jobId, JobState state) {
        db.with("change a job's state", c -> {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE jobs SET state = ?, finished_at = ? WHERE id = ?")) {
                update.setString(1, state.name());
                if (state.isUnfinished()) {
                    update.setNull(2, Types.INTEGER);
                } else {
                    update.setLong(2, clock.millis());
                }
                update.setLong(3, jobId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Replaces a job's stored command arguments, e.g. to drop an upload's bytes once nothing is left to send.
     *
     * @param argument the command's arguments (JSON)
     */
    public void setArgument(long jobId, String argument) {
        db.with("update a job's command", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE jobs SET argument = ? WHERE id = ?")) {
                update.setString(1, argument);
                update.setLong(2, jobId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Moves every item of the job in state {@code from} to {@code to}, e.g. the items not sent when a job is
     * cancelled, or the failed ones when they are retried.
     *
     * @return how many items changed
     */
    public int moveItems(long jobId, ItemState from, ItemState to) {
        return db.with("update a job's items", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE items SET state = ?, message = NULL," + " updated_at = ? WHERE job_id = ? AND state = ?")) {
                update.setString(1, to.name());
                update.setLong(2, clock.millis());
                update.setLong(3, jobId);
                update.setString(4, from.name());
                return update.executeUpdate();
            }
        });
    }

    /**
     * The activity log: items with an outcome other than cancelled, newest first.
     *
     * @param limit the most rows to return
     */
    public List<ActivityRow> activity(int limit) {
        return db.with("read the activity log", c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT i.updated_at, j.actor, j.id, j.kind, j.description,"
                            + " i.opportunity_id, i.description, i.state, i.before_value, i.after_value, i.message"
                            + " FROM items i JOIN jobs j ON j.id = i.job_id"
                            + " WHERE i.state IN ('SUCCEEDED', 'UNCHANGED', 'FAILED')"
                            + " ORDER BY i.updated_at DESC, i.job_id DESC, i.seq DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<ActivityRow> rows = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        rows.add(new ActivityRow(
                                r.getLong(1),
                                r.getString(2),
                                r.getLong(3),
                                r.getString(4),
                                r.getString(5),
                                r.getString(6),
                                r.getString(7),
                                ItemState.valueOf(r.getString(8)),
                                r.getString(9),
                                r.getString(10),
                                r.getString(11)));
                    }
                }
                return rows;
            }
        });
    }

    private static List<JobRow> readJobs(PreparedStatement select) throws SQLException {
        List<JobRow> jobs = new ArrayList<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                long finished = r.getLong(8);
                jobs.add(new JobRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        JobState.valueOf(r.getString(6)),
                        r.getLong(7),
                        r.wasNull() ? null : finished));
            }
        }
        return jobs;
    }

    private static List<ItemRow> readItems(PreparedStatement select) throws SQLException {
        List<ItemRow> items = new ArrayList<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                items.add(new ItemRow(
                        r.getLong(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        ItemState.valueOf(r.getString(7)),
                        r.getString(8),
                        r.getString(9),
                        r.getString(10),
                        r.getLong(11)));
            }
        }
        return items;
    }
}
