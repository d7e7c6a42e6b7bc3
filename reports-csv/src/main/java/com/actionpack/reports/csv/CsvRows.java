package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVPrinter;

/** Writes one CSV record per call, with every cell made safe, and reports progress. */
final class CsvRows {

    private static final int PROGRESS_EVERY = 500;

    private final CSVPrinter printer;
    private final ProgressListener progress;
    private final List<String> cells = new ArrayList<>();
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
        cells.clear();
        for (Object value : values) {
            cells.add(CsvCells.neutralise(text(value)));
        }
        printer.printRecord(cells);
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
        if (value instanceof OptionalLong) {
            OptionalLong number = (OptionalLong) value;
            return number.isPresent() ? Long.toString(number.getAsLong()) : "";
        }
        // LocalDate and Instant print as ISO-8601 already.
        return value.toString();
    }
}
