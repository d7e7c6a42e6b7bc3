package com.actionpack.tui.sheet;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A workspace drawn as a {@link Sheet} of lines read from core: read again each time it is
 * shown (first push and return alike: one read, at most one refusal dialog) and on {@code r}.
 * Subclasses say what to read and how to lay it out in {@link #refresh()}.
 */
public abstract class SheetScreen implements ConsoleScreen {

    protected final ShellContext shell;
    protected final CoreServices core;
    protected final Actor actor;
    protected final Actions actions;
    protected final Sheet sheet = new Sheet();

    protected SheetScreen(ShellContext shell, CoreServices core, Actor actor) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.actions = new Actions(shell);
    }

    /** Reads from core and fills the sheet. */
    protected abstract void refresh();

    @Override
    public final Component component() {
        return sheet;
    }

    @Override
    public void onShow() {
        refresh();
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'r' && !key.isCtrlDown()) {
            refresh();
            return true;
        }
        return false;
    }
}
