package com.actionpack.persistence.reports;

import com.actionpack.reports.spi.ReportData.RowSink;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Streams a result set to a sink on two threads: a reader thread steps the result set and maps
 * its rows (SQLite's work and the row parsing) while the calling thread hands the mapped rows to
 * the sink (the plugin's formatting and writing), in batches through a short queue. On two cores
 * a million-row export then takes about the time of the slower half, not of both (issue 15).
 *
 * <p>The sink sees exactly what it saw on one thread: every row in order, each on the calling
 * thread (the SPI's streaming contract). Whatever fails first ends both: an exception of the
 * reader (an {@link SQLException}, a runtime fault) is thrown here, on the calling thread; one of
 * the sink stops the reader. The reader thread has always ended when {@link #stream} returns, so
 * the caller may close the statement and the connection, which only the reader used meanwhile.
 * At most {@value #BATCHES} batches of {@value #BATCH} rows are held: memory stays bounded
 * whatever the table's size.
 */
final class ReadAhead {

    static final int BATCH = 256;
    static final int BATCHES = 4;

    /** The end of the rows, or the reader's failure, after the last batch. */
    private record End(Throwable failure) {
    }

    private ReadAhead() {
    }

    /** Reads every row of {@code rows} with {@code reader} (null skips a row) into {@code sink}. */
    static <T> void stream(ResultSet rows, JooqReportData.RowReader<T> reader, RowSink<? super T> sink)
            throws SQLException, IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
        Thread thread = new Thread(() -> read(rows, reader, queue), "actionpack-report-reader");
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    finished = true;
                    rethrow(end.failure());
                    return;
                }
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                for (T row : batch) {
                    sink.accept(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the report's rows", e);
        } finally {
            if (!finished) {
                // The sink failed (or this thread was interrupted): stop the reader, which may be
                // waiting for room in the queue, and wait for it to let go of the result set.
                thread.interrupt();
                queue.clear();
            }
            joinUninterruptibly(thread);
        }
    }

    private static <T> void read(ResultSet rows, JooqReportData.RowReader<T> reader, BlockingQueue<Object> queue) {
        Throwable failure = null;
        try {
            List<T> batch = new ArrayList<>(BATCH);
            while (!Thread.currentThread().isInterrupted() && rows.next()) {
                T mapped = reader.read(rows);
                if (mapped != null) {
                    batch.add(mapped);
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
        } catch (InterruptedException e) {
            return; // the consumer stopped: it is not waiting for an end
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            // Room for the end is made by the consumer; when it has stopped, nobody takes it.
            while (!queue.offer(new End(failure), 100, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // the consumer stopped
        }
    }

    private static void rethrow(Throwable failure) throws SQLException {
        if (failure == null) {
            return;
        }
        if (failure instanceof SQLException sql) {
            throw sql;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
