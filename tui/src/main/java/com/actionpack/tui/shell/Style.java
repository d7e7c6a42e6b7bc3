package com.actionpack.tui.shell;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.StyleSet;

import java.util.EnumSet;
import java.util.Set;

/** Colours and attributes of one kind of text the shell draws itself (title bar, footer...). */
public record Style(TextColor foreground, TextColor background, Set<SGR> modifiers) {

    public Style {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
    }

    public static Style of(TextColor foreground, TextColor background, SGR... modifiers) {
        return new Style(foreground, background, modifiers.length == 0 ? Set.of() : EnumSet.of(modifiers[0], modifiers));
    }

    /** Terminal default colours with the given attributes: the only kind NO_COLOR allows. */
    public static Style plain(SGR... modifiers) {
        return of(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, modifiers);
    }

    public void applyTo(StyleSet<?> graphics) {
        graphics.setForegroundColor(foreground);
        graphics.setBackgroundColor(background);
        graphics.setModifiers(modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers));
    }
}
