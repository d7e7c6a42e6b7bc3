package com.actionpack.tui.widget;

import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;

/**
 * Label and value pairs in two aligned columns ("Membership ends   2027-03-31"). Values are
 * escaped, since they usually come from the database; values may span several lines.
 */
public final class Details extends Panel {

    public Details() {
        super(new GridLayout(2));
        GridLayout layout = (GridLayout) getLayoutManager();
        layout.setHorizontalSpacing(3);
        layout.setLeftMarginSize(1);
        layout.setRightMarginSize(1);
    }

    public Details add(String label, String value) {
        addComponent(new Label(SafeText.line(label)).addStyle(SGR.BOLD));
        addComponent(new Label(SafeText.block(value == null ? "" : value)));
        return this;
    }
}
