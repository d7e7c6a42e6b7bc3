package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the records the reports write are byte for byte what commons-csv's RFC 4180 printer
 * wrote through the same UTF-8 writer before, for any cells: commons-csv is the reference.
 */
class Rfc4180RecordTest {

    /** Every character the quoting rule or the encoder treats apart, and some plain ones. */
    private static final String[] PIECES = {"a", "Z", "0", "9", ",", "\"", "\r", "\n", " ", "\t", "#", "!", "$", "'",
        "=", "-", "+", "@", "\u0000", "\u001f", "\u007f", "\u0085", "\u00a0", "é", "ß", "株", "式", "\u3000",
        "\ud83d\ude00", "\ud800", "\udc00", "\ufeff", "\u200b", "INV-00000001", "Contoso Ltd #0", "2026-11-30"};

    @Test
    void generatedRecordsMatchCommonsCsv() throws IOException {
        Random random = new Random(4180);
        for (int n = 0; n < 50_000; n++) {
            String[] cells = new String[1 + random.nextInt(6)];
            for (int i = 0; i < cells.length; i++) {
                StringBuilder cell = new StringBuilder();
                int pieces = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(6);
                for (int p = 0; p < pieces; p++) {
                    cell.append(PIECES[random.nextInt(PIECES.length)]);
                }
                cells[i] = cell.toString();
            }
            assertSame(cells);
        }
    }

    @Test
    void theEdgesOfTheQuotingRule() throws IOException {
        for (List<String> cells : List.of(List.of(""), List.of("", ""), List.of("a", ""), List.of("", "a"),
                List.of(" a"), List.of("a "), List.of("#a"), List.of("a#"), List.of("\"a"), List.of("a\"b"),
                List.of("$a"), List.of("a,b"), List.of("a\r\nb"), List.of("a\tb"), List.of("a\t"), List.of("\u00a0"),
                List.of("株"), List.of("\ud800"), List.of("x\udc00"), List.of("\ud83d\ude00,"),
                List.of("x".repeat(40_000), "\"".repeat(20)))) {
            assertSame(cells.toArray(String[]::new));
        }
    }

    private static void assertSame(String[] cells) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Utf8Writer reference = new Utf8Writer(expected, 16);
        CSVFormat.RFC4180.printRecord(reference, (Object[]) cells);
        reference.flush();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Utf8Writer writer = new Utf8Writer(actual, 16);
        Rfc4180Record.write(writer, cells);
        writer.flush();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), () -> Arrays.toString(cells));
    }
}
