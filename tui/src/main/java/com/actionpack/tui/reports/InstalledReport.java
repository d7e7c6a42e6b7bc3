package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ReportType;
import java.util.List;

/**
 * A report type as discovered, with its descriptions read once when it was loaded (and made
 * printable), so listing reports never calls into plugin code again.
 *
 * @param plugin the plugin's name
 * @param origin "class path" or the jar's file name
 */
public record InstalledReport(String id, String title, String description, List<String> formats,
                              List<String> filters, List<String> statusChoices, String plugin,
                              String origin, ReportType type) {

    public InstalledReport {
        formats = List.copyOf(formats);
        filters = List.copyOf(filters);
        statusChoices = List.copyOf(statusChoices);
    }

    /** Reads a type's descriptions; any exception here means the plugin is broken. */
    static InstalledReport of(ReportType type, String plugin, String origin) {
        String id = type.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("report id '" + SafeText.oneLine(id)
                    + "' is not lower-case letters, digits and dashes");
        }
        List<String> formats = type.formats();
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("report '" + id + "' declares no format");
        }
        List<String> filters = type.filters() == null ? List.of() : type.filters();
        for (String filter : filters) {
            if (!List.of(ReportType.ACCOUNT, ReportType.FROM, ReportType.TO, ReportType.STATUS, ReportType.NUMBER,
                            ReportType.WITHIN)
                    .contains(filter)) {
                throw new IllegalArgumentException("report '" + id + "' declares unknown filter '"
                        + SafeText.oneLine(filter) + "'");
            }
        }
        List<String> statuses = type.statusChoices() == null ? List.of() : type.statusChoices();
        return new InstalledReport(id, SafeText.oneLine(type.title()), SafeText.oneLine(type.description()),
                formats.stream().map(SafeText::oneLine).toList(), filters,
                statuses.stream().map(SafeText::oneLine).toList(), SafeText.oneLine(plugin), SafeText.oneLine(origin), type);
    }
}
