package com.actionpack.tui.widget;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormWidgetsTest {

    @Test
    void formStateSeesTypedInputUntilSaved() {
        FormState form = new FormState();
        TextBox name = form.track(new TextBox("Contoso"));
        CheckBox agree = form.track(new CheckBox("I accept the agreement"));
        assertFalse(form.hasUnsavedInput());

        name.setText("Contoso Ltd");
        assertTrue(form.hasUnsavedInput());
        form.markSaved();
        assertFalse(form.hasUnsavedInput());

        agree.setChecked(true);
        assertTrue(form.hasUnsavedInput());
        agree.setChecked(false);
        assertFalse(form.hasUnsavedInput(), "back to the saved value");
    }

    @Test
    void aTrackedFormMakesQuitAsk() {
        FormState form = new FormState();
        Panel panel = new Panel();
        panel.addComponent(form.track(new TextBox()));
        panel.addComponent(form.track(new CheckBox("I accept the agreement")));
        ConsoleScreen screen = new ConsoleScreen() {
            @Override
            public String title() {
                return "Purchase";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return panel;
            }

            @Override
            public boolean hasUnsavedInput() {
                return form.hasUnsavedInput();
            }
        };
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen)) {
            console.press(KeyType.Tab).type(" ");       // tick the checkbox
            console.type("q");
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("Quit anyway and lose it?"), console.text());
        }
    }

    @Test
    void detailsAlignValuesAndEscapeThem() {
        Details details = new Details()
                .add("Company", "Evil\u001b[31mCorp")
                .add("Membership ends", "2027-03-31");
        ConsoleScreen screen = new ConsoleScreen() {
            @Override
            public String title() {
                return "Membership";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return details;
            }
        };
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen)) {
            int company = console.rowOf("Company");
            int ends = console.rowOf("Membership ends");
            String value = "Evil^[[31mCorp";
            assertTrue(console.line(company).contains(value), console.text());
            assertTrue(console.line(company).indexOf(value) == console.line(ends).indexOf("2027-03-31"),
                    "values line up:\n" + console.text());
        }
    }
}
