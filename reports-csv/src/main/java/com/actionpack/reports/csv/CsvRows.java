package com.actionpack.reports.csv;

import org.apache.commons.csv.CSVPrinter;
import com.actionpack.reports.spi.ProgressListener;
import java.io.IOException;
import java.util.OptionalLong;

/** Writes one CSV record per call, with every cell made safe, and reports progress. */
final class CsvRows {

    private static final int PROGRESS_EVERY = 500;

    private final CSVPrinter printer;
    private final ProgressListener progress;
    /** Reused for every record: a million-row export would otherwise build a million lists. */
    private String[] cells = new String[0];
    private long written;

    CsvRows(CSVPrinter printer, ProgressListener progress) {
        this.printer = printer;
        this.progress = progress;
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
        printer.printRecord((Object[]) cells);
        written++;
        if (written % PROGRESS_EVERY == 0) {
            progress.rowsWritten(written);
        }
    }

    void finish() throws IOException {
        printer.flush();
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
