package com.actionpack.tui.shell;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The top of the frame: "Action Pack Console — where you are", the signed-in user on the
 * right, and under it the preview banner when the console runs as of another date.
 */
final class HeaderBar extends AbstractComponent<HeaderBar> {

    static final String PRODUCT = "Action Pack Console";
    private static final int MIN_TITLE = 40;

    private final Palette palette;
    private Optional<String> user;
    private final Optional<String> banner;
    private String where = "";

    HeaderBar(Palette palette, Optional<String> user, Optional<LocalDate> asOf) {
        this.palette = palette;
        this.user = user.map(SafeText::line);
        this.banner = asOf.map(date -> "Preview as of " + date
                + ": dates and rules are shown as they stand on that day");
    }

    void setUser(String email) {
        this.user = Optional.of(SafeText.line(email));
        invalidate();
    }

    void setWhere(String where) {
        this.where = SafeText.line(where);
        invalidate();
    }

    String titleText() {
        return where.isEmpty() ? PRODUCT : PRODUCT + " — " + where;
    }

    @Override
    protected ComponentRenderer<HeaderBar> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(HeaderBar bar) {
                return new TerminalSize(Fit.width(titleText()), banner.isPresent() ? 2 : 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, HeaderBar bar) {
                int width = graphics.getSize().getColumns();
                palette.title().applyTo(graphics);
                graphics.fill(' ');
                String right = user.map(u -> " " + u + " ").orElse("");
                String left = " " + titleText();
                // A long title is shortened (with an ellipsis) to keep who is signed in; only on a
                // narrow terminal does the user give way: where you are matters more there.
                if (Fit.width(left) + Fit.width(right) > width) {
                    if (width - Fit.width(right) >= MIN_TITLE) {
                        left = Fit.truncate(left, width - Fit.width(right));
                    } else {
                        right = "";
                    }
                }
                graphics.putString(0, 0, Fit.truncate(left, width));
                if (!right.isEmpty()) {
                    graphics.putString(width - Fit.width(right), 0, right);
                }
                if (banner.isPresent() && graphics.getSize().getRows() > 1) {
                    palette.banner().applyTo(graphics);
                    graphics.drawLine(0, 1, width - 1, 1, ' ');
                    graphics.putString(0, 1, Fit.truncate(" " + banner.get(), width));
                }
            }
        };
    }
}
