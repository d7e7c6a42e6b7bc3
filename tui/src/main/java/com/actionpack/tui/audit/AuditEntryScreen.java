package com.actionpack.tui.audit;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.sheet.Sheet;
import com.googlecode.lanterna.gui2.Component;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

/** One audit entry in full: who, when, how, what, and the before and after, wrapped. */
final class AuditEntryScreen implements ConsoleScreen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditEntry entry;
    private final Sheet sheet = new Sheet();

    AuditEntryScreen(AuditEntry entry) {
        this.entry = entry;
        sheet.setEntries(List.of(
                Sheet.text("Time:    " + TIME.format(entry.at())),
                Sheet.text("Actor:   " + entry.actor()),
                Sheet.text("Channel: " + entry.channel()),
                Sheet.text("Action:  " + entry.action()),
                Sheet.text("Subject: " + entry.subject()),
                Sheet.heading("Before"),
                Sheet.text(entry.before().isEmpty() ? "(nothing)" : entry.before()),
                Sheet.heading("After"),
                Sheet.text(entry.after().isEmpty() ? "(nothing)" : entry.after())));
    }

    @Override
    public String title() {
        return "Audit entry " + entry.id();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Up/Down", "Scroll"));
    }

    @Override
    public Component component() {
        return sheet;
    }
}
