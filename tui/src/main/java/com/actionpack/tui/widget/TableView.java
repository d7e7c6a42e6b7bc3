package com.actionpack.tui.widget;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

import java.util.List;

/**
 * A table to read, not to select from (the membership history): its header underlined, then
 * its rows, laid out by {@link Table} at the width the component is given, one column in from
 * the left and with the last column free.
 */
public final class TableView<R> extends AbstractComponent<TableView<R>> {

    private final Table.Bound<R> table;

    public TableView(Table<R> table, List<R> rows) {
        this.table = table.over(rows);
    }

    @Override
    protected ComponentRenderer<TableView<R>> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(TableView<R> component) {
                // As wide as the table would like (the layout gives no more than there is), as tall
                // as it is at 80 columns.
                int natural = table.allLines(1000).stream().mapToInt(com.actionpack.tui.text.Fit::width).max().orElse(0);
                return new TerminalSize(natural + 2, table.allLines(77).size());
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, TableView<R> component) {
                int width = Math.max(1, graphics.getSize().getColumns() - 2);
                graphics.applyThemeStyle(getThemeDefinition().getNormal());
                graphics.fill(' ');
                List<String> lines = table.allLines(width);
                for (int row = 0; row < lines.size() && row < graphics.getSize().getRows(); row++) {
                    if (row == 0) {
                        graphics.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
                    }
                    graphics.putString(1, row, lines.get(row));
                    if (row == 0) {
                        graphics.applyThemeStyle(getThemeDefinition().getNormal());
                    }
                }
            }
        };
    }
}
