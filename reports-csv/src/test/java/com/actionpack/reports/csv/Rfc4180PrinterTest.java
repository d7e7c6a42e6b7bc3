package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The hand-written printer must give the very bytes commons-csv's RFC 4180 printer gives. */
class Rfc4180PrinterTest {

    private static final List<String[]> RECORDS = List.of(
            new String[] {"", "", ""},
            new String[] {"plain", "with,comma", "with \"quote\"", "\"", "line\nbreak", "cr\rlf"},
            new String[] {"#hash", "!bang", " lead", "trail ", "tab\t", "\ttab", "x#", "a b"},
            new String[] {"Bât. B", "Zürich \"Süd\"", "emoji \uD83D\uDE00 end", "lone \uD800 surrogate", "日本", "\uDC00low", "pair at end \uD83D\uDE00", "\uD83D"},
            new String[] {"'=1+2", "-12.50", "12.50", "", "last"},
            new String[] {"x".repeat(70_000) + "é", "\"".repeat(5)});

    @Test
    void writesTheSameBytesAsCommonsCsv() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (String[] record : RECORDS) {
                printer.printRecord((Object[]) record);
            }
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Rfc4180Printer printer = new Rfc4180Printer(new Utf8Writer(actual, 1024));
        for (String[] record : RECORDS) {
            printer.printRecord(record);
        }
        printer.flush();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(),
                () -> actual.toString(StandardCharsets.UTF_8));
    }

    @Test
    void decimalsAreWhatBigDecimalPrints() {
        long[] values = {0, 1, -1, 5, -5, 9, 10, 99, 100, 101, 1250, -1250, 123456789, -100000,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (int digits = 0; digits <= 4; digits++) {
            for (long value : values) {
                assertEquals(BigDecimal.valueOf(value, digits).toPlainString(), CsvCells.decimal(value, digits),
                        value + " with " + digits + " digits");
            }
        }
    }
}
