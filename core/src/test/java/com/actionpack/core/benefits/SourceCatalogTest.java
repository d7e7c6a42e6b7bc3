package com.actionpack.core.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.testing.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {

    /** One row as the source writes it. */
    record SourceRow(int group, String category, String name, String type, String details) {
    }

    /** Parses a Markdown table: heading rows ({@code |**X**|}) start groups; other rows are benefits. */
    static List<SourceRow> parse(List<String> section, int columns) {
        List<SourceRow> rows = new ArrayList<>();
        int group = 0;
        String category = "";
        boolean header = true;
        for (String line : section) {
            if (!line.startsWith("|")) {
                continue;
            }
            if (header) { // the column titles, then the |---| separator
                if (line.matches("\\|[-|\\s]+\\|?")) {
                    header = false;
                }
                continue;
            }
            String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
            List<String> cells = Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
            if (cells.size() == 1 && cells.get(0).startsWith("**")) {
                group++;
                category = cells.get(0).replace("**", "");
                continue;
            }
            assertEquals(columns, cells.size(), line);
            rows.add(columns == 3
                    ? new SourceRow(group, category, cells.get(0), cells.get(1), cells.get(2))
                    : new SourceRow(group, category, cells.get(0), "", cells.get(1)));
        }
        return rows;
    }

    private static List<SourceRow> ours(BenefitPack pack) {
        return SourceCatalog.of(pack).stream()
                .map(b -> new SourceRow(b.group(), b.category(), b.name(), b.type().sourceText(), b.offerDetails())).toList();
    }

    @Test
    @DisplayName("R18: MAPS equals the source's table row for row: 39 benefits, groups and headings as written (Data and AI twice)")
    void maps() {
        List<SourceRow> source = parse(SourceDocument.section("Microsoft Action Pack Benefit details (MAPS)"), 3);
        assertEquals(39, source.size());
        assertEquals(source, ours(BenefitPack.MAPS));
        List<String> headingPerGroup = new ArrayList<>();
        source.forEach(r -> {
            if (headingPerGroup.size() < r.group()) {
                headingPerGroup.add(r.category());
            }
        });
        assertEquals(List.of("Apps and infrastructure", "Business applications", "Data and AI", "Data and AI"), headingPerGroup);
        assertEquals(4, source.get(source.size() - 1).group());
    }

    @Test
    @DisplayName("R18: LAPS equals the source's table row for row: 10 benefits, no type column")
    void laps() {
        List<SourceRow> source = parse(SourceDocument.section("Learning Action Pack Benefit details (LAPS)"), 2);
        assertEquals(10, source.size());
        assertEquals(source, ours(BenefitPack.LAPS));
    }

    @Test
    @DisplayName("R18: a numeric quantity where the offer details state one; ids and positions are stable")
    void quantities() {
        for (CatalogBenefit b : SourceCatalog.all()) {
            if (b.offerDetails().matches("\\d+")) {
                assertEquals(Integer.parseInt(b.offerDetails()), b.quantity(), b.id());
            }
            assertEquals(String.format("%s-%02d", b.pack(), b.position()), b.id());
        }
        Map<String, Integer> wordy = Map.of("MAPS-02", 0, "MAPS-16", 1, "LAPS-01", 0, "LAPS-09", 5);
        wordy.forEach((id, q) -> assertEquals(q, SourceCatalog.all().stream().filter(b -> b.id().equals(id))
                .findFirst().orElseThrow().quantity(), id));
        assertEquals(49, SourceCatalog.all().stream().map(CatalogBenefit::id).distinct().count());
    }
}
