package com.actionpack.reports.csv;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.BenefitRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the MAPS and LAPS tables straight out of the source document, as the cells written
 * there, so a test compares the CSV with the source and not with a copy of it.
 */
final class SourceTables {

    static final Path SOURCE = Path.of("..", "docs", "source", "buy-or-renew-action-pack.md");

    private SourceTables() {
    }

    /** Cells of each body row of the table under {@code heading}; group headings come as one cell. */
    static List<List<String>> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("heading not found: " + heading);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        int seen = 0;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            seen++;
            if (seen <= 2) {
                continue; // the column header and the |---| separator
            }
            String body = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
            rows.add(Arrays.stream(body.split("\\|", -1)).map(String::trim).toList());
        }
        return rows;
    }

    /** The source's MAPS table as catalog rows, category from the bold group headings. */
    static List<BenefitRow> maps() throws IOException {
        List<BenefitRow> rows = new ArrayList<>();
        String category = null;
        for (List<String> cells : table("## Microsoft Action Pack Benefit details (MAPS)")) {
            if (cells.size() == 1) {
                category = cells.get(0).replace("**", "");
            } else {
                rows.add(new BenefitRow(ReportData.MAPS, rows.size() + 1, category, cells.get(0), cells.get(1),
                        cells.get(2), quantity(cells.get(2))));
            }
        }
        return rows;
    }

    static List<BenefitRow> laps() throws IOException {
        List<BenefitRow> rows = new ArrayList<>();
        for (List<String> cells : table("## Learning Action Pack Benefit details (LAPS)")) {
            rows.add(new BenefitRow(ReportData.LAPS, rows.size() + 1, null, cells.get(0), null, cells.get(1),
                    quantity(cells.get(1))));
        }
        return rows;
    }

    private static OptionalLong quantity(String offer) {
        return offer.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(offer)) : OptionalLong.empty();
    }
}
