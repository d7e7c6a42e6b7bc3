package com.actionpack.reports.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a record written cell by cell ({@link CsvRecord}) is byte for byte what commons-csv's
 * RFC 4180 printer writes for the cells' neutralised texts ({@link CsvCells#neutralise}: control
 * characters made visible, the spreadsheet formula rule), whatever the cells: every character the
 * byte scan treats apart (C0 and C1 controls, DEL, the bidirectional controls and their UTF-8
 * neighbours, surrogates), formula triggers in ASCII and full width, invisible leading
 * characters, numbers and days.
 */
class CsvRecordTest {

    private static final String[] PIECES = {"a", "Z", "0", "9", ".", ",", "\"", "\r", "\n", " ", "\t", "#", "!", "$",
        "'", "=", "-", "+", "@", "\u0000", "\u0001", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u009b",
        "\u009f", "\u00a0", "\u00bf", "é", "ß", "\u061b", "\u061c", "\u061d", "ش", "株", "\u3000", "\u3164",
        "\u200b", "\u200d", "\u200e", "\u200f", "\u2010", "\u2029", "\u202a", "\u202e", "\u202f", "\u2065", "\u2066",
        "\u2069", "\u206a", "\u20ac", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe62", "\ufeff", "\ud83d\ude80",
        "\ud800", "\udc00", "ООО «Ромашка»", "-12.50", "-1", "INV-00000001"};

    @Test
    void generatedTextCellsMatchCommonsCsvOfTheNeutralisedText() throws IOException {
        Random random = new Random(15);
        for (int n = 0; n < 50_000; n++) {
            List<Object> cells = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                StringBuilder cell = new StringBuilder();
                int pieces = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(5);
                for (int p = 0; p < pieces; p++) {
                    cell.append(PIECES[random.nextInt(PIECES.length)]);
                }
                cells.add(random.nextInt(20) == 0 ? null : cell.toString());
            }
            assertSame(cells);
        }
    }

    @Test
    void numbersAndDaysAreWrittenAsTheirTexts() throws IOException {
        Random random = new Random(4180);
        long[] edges = {0, 1, -1, 5, -5, 9, 10, 99, 100, -100, 47_500, -47_500, 3_900_000, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_999L};
        for (long units : edges) {
            for (int scale : new int[] {0, 1, 2, 3, 4, 18, 19, -1}) {
                assertSame(List.of(new Decimal(units, scale)));
                assertSame(List.of("x", new Decimal(units, scale)));
            }
        }
        for (int n = 0; n < 20_000; n++) {
            long units = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(2_000_000) - 1_000_000;
            assertSame(List.of(new Decimal(units, random.nextInt(5)), LocalDate.ofEpochDay(random.nextInt(3_000_000) - 800_000)));
        }
        for (LocalDate day : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 6, 30), LocalDate.MIN, LocalDate.MAX, LocalDate.of(2026, 11, 30))) {
            assertSame(List.of(day));
            assertSame(List.of("a", day, "b"));
        }
    }

    /** An amount cell: {@link CsvRecord#decimal} against {@link CsvCells#decimal}. */
    private record Decimal(long units, int scale) {
    }

    private static void assertSame(List<Object> cells) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell instanceof Decimal d ? CsvCells.decimal(d.units(), d.scale())
                    : cell == null ? null : cell.toString();
            texts.add(CsvCells.neutralise(text));
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Utf8Writer reference = new Utf8Writer(expected, 16);
        CSVFormat.RFC4180.printRecord(reference, texts.toArray());
        reference.flush();

        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Utf8Writer writer = new Utf8Writer(actual, 16);
        CsvRecord record = new CsvRecord(writer).begin();
        for (Object cell : cells) {
            if (cell instanceof Decimal d) {
                record.decimal(d.units(), d.scale());
            } else if (cell instanceof LocalDate day) {
                record.day(day);
            } else {
                record.text((String) cell);
            }
        }
        record.end();
        writer.flush();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), () -> escaped(cells));
    }

    private static String escaped(List<Object> cells) {
        StringBuilder text = new StringBuilder();
        for (Object cell : cells) {
            String s = String.valueOf(cell);
            text.append('[');
            s.chars().forEach(c -> text.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            text.append(']');
        }
        return text.toString();
    }
}
