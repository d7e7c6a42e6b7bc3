package com.actionpack.tui.reports;

import java.util.List;

/** The plain-text table of {@code report list}: aligned columns, for people and for grep. */
final class ReportTable {

    private ReportTable() {
    }

    static String format(List<InstalledReport> reports) {
        String[] head = {"ID", "TITLE", "PLUGIN", "FORMATS"};
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
        }
        for (InstalledReport r : reports) {
            String[] cells = cells(r);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, head, width);
        for (InstalledReport r : reports) {
            line(out, cells(r), width);
        }
        return out.toString();
    }

    private static String[] cells(InstalledReport r) {
        String plugin = PluginLoader.CLASS_PATH.equals(r.origin()) ? r.plugin() : r.plugin() + " (" + r.origin() + ")";
        return new String[] {r.id(), r.title(), plugin, String.join(",", r.formats())};
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
