package com.actionpack.tui.widget;

import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.gui2.TextBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Knows whether a form holds input that is not saved, for
 * {@link com.actionpack.tui.shell.ConsoleScreen#hasUnsavedInput()}: it compares each tracked
 * field with the value it had when the form was filled or last saved.
 */
public final class FormState {

    private final List<Field> fields = new ArrayList<>();

    private static final class Field {
        private final Supplier<Object> value;
        private Object saved;

        Field(Supplier<Object> value) {
            this.value = value;
            this.saved = value.get();
        }

        boolean changed() {
            return !Objects.equals(saved, value.get());
        }

        void markSaved() {
            saved = value.get();
        }
    }

    public TextBox track(TextBox box) {
        fields.add(new Field(box::getText));
        return box;
    }

    public CheckBox track(CheckBox box) {
        fields.add(new Field(box::isChecked));
        return box;
    }

    public <V> ComboBox<V> track(ComboBox<V> box) {
        fields.add(new Field(box::getSelectedIndex));
        return box;
    }

    /** Anything else: the value is read now as the saved one, and compared later. */
    public void track(Supplier<Object> value) {
        fields.add(new Field(value));
    }

    public boolean hasUnsavedInput() {
        return fields.stream().anyMatch(Field::changed);
    }

    /** After a successful save, or after filling the form from the database. */
    public void markSaved() {
        fields.forEach(Field::markSaved);
    }
}
