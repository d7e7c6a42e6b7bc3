package com.actionpack.tui.form;

import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A checkbox that Space ticks and unticks, while Enter does what the screen's footer says Enter
 * does (e.g. "Place order"), as on every other component. Lanterna's own checkbox toggles on
 * Enter too, so a user pressing Enter to go on would untick the agreement they just ticked.
 */
public final class TickBox extends CheckBox {

    private final Runnable onEnter;

    public TickBox(String label, Runnable onEnter) {
        super(label);
        this.onEnter = onEnter;
    }

    @Override
    public Result handleKeyStroke(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            onEnter.run();
            return Result.HANDLED;
        }
        return super.handleKeyStroke(key);
    }
}
