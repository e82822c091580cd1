package org.qadam.shared.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts, per thread, the SQL statements EclipseLink sends and the time spent in them, so that a request
 * can say how many queries it made (see {@code org.qadam.shared.web.RequestProfile}) and a test can
 * check that a page does not make one query per row. Registered in persistence.xml as the session event
 * listener; it runs on every statement in production, so it allocates nothing after a thread's first
 * statement and costs two clock reads per statement.
 *
 * <p>Why these events: EclipseLink raises {@code preExecuteCall} and {@code postExecuteCall} once per
 * call in {@code AbstractSession.basicExecuteCall}, around the accessor that runs the statement (the post
 * event in a {@code finally}, so a failed statement is timed too), whichever session runs it: the server
 * session for reads outside a transaction, the client session or the unit of work inside one. Those
 * sessions copy the server session's listeners when they are made, so this one listener sees them all.
 * JPQL, criteria, native queries, lazy loading, batch fetching and writes all pass through there. With
 * JDBC batch writing an INSERT or UPDATE is counted when it is added to the batch, and the batch's own
 * round trip at the flush is not timed. JDBC used directly on the data source is not seen at all.
 */
public class StatementCount extends SessionEventAdapter {

    private static final int STATEMENTS = 0;
    private static final int DB_NANOS = 1;
    private static final int STARTED_AT = 2;

    /**
     * The running totals of this thread. A {@code long[]} rather than an object of ours: the server's
     * threads outlive a redeployment, and a JDK type in their thread-local maps holds no class of the old
     * application in memory.
     */
    private static final ThreadLocal<long[]> TOTALS = new ThreadLocal<>();

    /** How many statements this thread has sent so far, and the nanoseconds they took. */
    public record Snapshot(long statements, long dbNanos) {

        /** What happened between {@code earlier} and this snapshot (both of the same thread). */
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(statements - earlier.statements, dbNanos - earlier.dbNanos);
        }

        public double dbMillis() {
            return dbNanos / 1_000_000.0;
        }
    }

    /** This thread's totals now; take two and subtract them with {@link Snapshot#since}. */
    public static Snapshot now() {
        long[] totals = TOTALS.get();
        return totals == null ? new Snapshot(0, 0) : new Snapshot(totals[STATEMENTS], totals[DB_NANOS]);
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        long[] totals = totals();
        totals[STATEMENTS]++;
        totals[STARTED_AT] = System.nanoTime();
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        long[] totals = totals();
        totals[DB_NANOS] += System.nanoTime() - totals[STARTED_AT];
    }

    private static long[] totals() {
        long[] totals = TOTALS.get();
        if (totals == null) {
            totals = new long[3];
            TOTALS.set(totals);
        }
        return totals;
    }
}
