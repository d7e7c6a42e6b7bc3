package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ProgressListener;
import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Writes one CSV record per call, with every cell made safe, and reports progress. Records are
 * written by {@link CsvRecord}: the same bytes as commons-csv's {@code CSVFormat.RFC4180}
 * printer, encoded once per cell (issue 15).
 */
final class CsvRows {

    private static final int PROGRESS_EVERY = 500;

    private final Utf8Writer out;
    private final ProgressListener progress;
    /** Reused for every record: a million-row export would otherwise build a million of them. */
    private final CsvRecord record;
    private long written;

    /** {@code out} is flushed by {@link #finish}. */
    CsvRows(Utf8Writer out, ProgressListener progress) {
        this.out = out;
        this.progress = progress;
        this.record = new CsvRecord(out);
    }

    /** The header record: the column names as they are. */
    void header(java.util.List<String> names) throws IOException {
        Rfc4180Record.write(out, names.toArray(String[]::new));
    }

    /**
     * Writes one record. Cells: null is empty; String is neutralised; LocalDate and Instant are
     * ISO-8601; an empty OptionalLong is empty; anything else is its {@code toString}, also
     * neutralised.
     */
    void write(Object... values) throws IOException {
        CsvRecord cells = begin();
        for (Object value : values) {
            if (value instanceof LocalDate day) {
                cells.day(day);
            } else {
                cells.text(text(value));
            }
        }
        end();
    }

    /**
     * Starts a record written cell by cell (the same bytes as {@link #write}), for a report
     * with many rows: no array and no text per number or date. End it with {@link #end}.
     */
    CsvRecord begin() {
        return record.begin();
    }

    /** Ends the record {@link #begin} started, and counts it. */
    void end() throws IOException {
        record.end();
        written++;
        if (written % PROGRESS_EVERY == 0) {
            progress.rowsWritten(written);
        }
    }

    void finish() throws IOException {
        out.flush();
        progress.rowsWritten(written);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof OptionalLong) {
            OptionalLong number = (OptionalLong) value;
            return number.isPresent() ? Long.toString(number.getAsLong()) : "";
        }
        // LocalDate and Instant print as ISO-8601 already.
        return value.toString();
    }
}
