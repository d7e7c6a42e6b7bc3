package com.actionpack.tui.faq;

import com.actionpack.core.faq.FaqEntry;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.sheet.Sheet;
import com.googlecode.lanterna.gui2.Component;

import java.util.List;

/** One FAQ answer, wrapped to the width and scrollable. */
final class FaqAnswerScreen implements ConsoleScreen {

    private final Sheet sheet = new Sheet();

    FaqAnswerScreen(FaqEntry entry) {
        sheet.setEntries(List.of(Sheet.heading(entry.question()), Sheet.text(""), Sheet.text(entry.answer())));
    }

    @Override
    public String title() {
        return "FAQ answer";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Up/Down", "Scroll"), KeyHelp.of("PgUp/PgDn", "Page"));
    }

    @Override
    public Component component() {
        return sheet;
    }
}
