package com.actionpack.tui.form;

import com.googlecode.lanterna.gui2.BasePane;
import com.googlecode.lanterna.gui2.Container;
import com.googlecode.lanterna.gui2.Interactable;

/** Puts the focus back into a panel whose components were rebuilt (the old focus is gone). */
public final class Focus {

    private Focus() {
    }

    public static void first(Container panel) {
        BasePane pane = panel.getBasePane();
        if (pane == null) {
            return;
        }
        Interactable focused = pane.getFocusedInteractable();
        if (focused != null && focused.getBasePane() == pane && isInside(focused, panel)) {
            return;
        }
        pane.setFocusedInteractable(panel.nextFocus(null));
    }

    private static boolean isInside(Interactable component, Container panel) {
        Container parent = component.getParent();
        while (parent != null) {
            if (parent == panel) {
                return true;
            }
            parent = parent.getParent();
        }
        return false;
    }
}
