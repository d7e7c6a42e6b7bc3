package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ProgressListener;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Writes one CSV record per call, with every cell made safe, and reports progress. Records are
 * written by {@link Rfc4180Record}: the same bytes as commons-csv's {@code CSVFormat.RFC4180}
 * printer, encoded once per cell (issue 15).
 */
final class CsvRows {

    private static final int PROGRESS_EVERY = 500;

    private final Utf8Writer out;
    private final ProgressListener progress;
    /** Reused for every record: a million-row export would otherwise build a million lists. */
    private String[] cells = new String[0];
    private long written;

    /** {@code out} is flushed by {@link #finish}. */
    CsvRows(Utf8Writer out, ProgressListener progress) {
        this.out = out;
        this.progress = progress;
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
        if (cells.length != values.length) {
            cells = new String[values.length];
        }
        for (int i = 0; i < values.length; i++) {
            cells[i] = CsvCells.neutralise(text(values[i]));
        }
        Rfc4180Record.write(out, cells);
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
