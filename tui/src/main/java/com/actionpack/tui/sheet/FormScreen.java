package com.actionpack.tui.sheet;

import com.actionpack.core.common.FieldProblem;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.tui.shell.ConsoleScreen;
import com.googlecode.lanterna.gui2.Interactable;
import com.actionpack.tui.form.FieldCheck;
import com.actionpack.tui.form.FieldProblems;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.TerminalSize;
import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small form as a screen of its own: a note at the top (what saving does, e.g. "saving sends
 * verification back to pending"), labelled one-line fields, and a button naming the action.
 * Enter in a field moves to the next one; Enter on the button submits. Leaving with changed
 * fields asks first (the shell calls {@link #hasUnsavedInput}).
 */
public final class FormScreen implements ConsoleScreen {

    /**
     * One field: its label, the text it starts with (raw, as stored: it is drawn escaped, and
     * saved unchanged when left unchanged), and its check (core's), run with every other
     * field's before submitting.
     */
    public record Field(String label, String initial, FieldCheck check, Set<ReasonCode> owns, Set<String> names) {
        public Field {
            Objects.requireNonNull(label, "label");
            initial = initial == null ? "" : initial;
            check = check == null ? FieldCheck.none() : check;
            owns = owns == null ? Set.of() : Set.copyOf(owns);
            names = names == null ? Set.of() : Set.copyOf(names);
        }

        public Field(String label, String initial, FieldCheck check, Set<ReasonCode> owns) {
            this(label, initial, check, owns, Set.of());
        }

        public Field(String label, String initial, FieldCheck check) {
            this(label, initial, check, Set.of());
        }

        public Field(String label, String initial) {
            this(label, initial, FieldCheck.none());
        }

        /**
         * The same field, which also owns core's refusals with these codes: the form lists them
         * under this field and puts the cursor here (e.g. Quantity owns QUANTITY_EXCEEDED).
         */
        public Field owning(ReasonCode... codes) {
            return new Field(label, initial, check, Set.of(codes), names);
        }

        /**
         * The same field, which core's command calls {@code coreName} (e.g. "legal company name"
         * for the form's "Legal name"): core's problem with that field is listed under this one,
         * worded with this label.
         */
        public Field named(String coreName) {
            return new Field(label, initial, check, owns, Set.of(coreName));
        }
    }

    /**
     * Core's self-validating command built from the form's values: it refuses every invalid
     * field at once ({@link InvalidInputException#problems()}), each listed under the field
     * {@link Field#named named} so, in form order.
     */
    @FunctionalInterface
    public interface CommandBuilder {
        void build(Map<String, String> values);
    }

    /**
     * Core's read-only check of the whole command ("may I, and why not"), run once every
     * field's own check passes and before any confirmation; empty when the action would succeed.
     */
    @FunctionalInterface
    public interface CommandCheck {
        /** Every reason; empty when it would succeed; {@code Optional.empty()} when the check
         *  itself failed (the fault is already shown) and nothing may be submitted. */
        Optional<List<Reason>> reasons(Map<String, String> values);
    }

    private final ShellContext shell;
    private final String title;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final Map<String, TextBox> boxes = new LinkedHashMap<>();
    private final Map<String, String> initial = new LinkedHashMap<>();
    private final Map<String, String> raw = new LinkedHashMap<>();
    private final Map<String, FieldCheck> checks = new LinkedHashMap<>();
    private final Map<String, Set<ReasonCode>> owned = new LinkedHashMap<>();
    private final Map<String, String> labelOfCoreName = new LinkedHashMap<>();
    private CommandBuilder command = values -> { };
    private CommandCheck commandCheck = values -> Optional.of(List.of());
    private boolean saved;

    /**
     * @param onSubmit gets the values by label; returns true when the action was done (the
     *     screen then stops counting its input as unsaved), false to keep the form open
     */
    public FormScreen(ShellContext shell, String title, String note, List<Field> fields, String submitLabel,
            Predicate<Map<String, String>> onSubmit) {
        this.shell = shell;
        this.title = title;
        if (!note.isEmpty()) {
            Label noteLabel = new Label(wrap(note));
            panel.addComponent(noteLabel);
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        }
        Panel grid = new Panel(new GridLayout(2));
        int labelWidth = fields.stream().mapToInt(f -> f.label().length()).max().orElse(10) + 1;
        for (Field field : fields) {
            // The field holds the stored value itself and only draws it escaped; a value with a
            // line break cannot sit in one line, so it is held in its escaped form instead.
            String held = field.initial() == null || field.initial().matches("(?s).*[\r\n\u2028\u2029].*")
                    ? SafeText.line(field.initial()) : field.initial();
            TextBox box = new SafeTextBox(new TerminalSize(46, 1), held);
            grid.addComponent(new Label(String.format("%-" + labelWidth + "s", field.label() + ":")));
            grid.addComponent(box);
            boxes.put(field.label(), box);
            initial.put(field.label(), box.getText());
            raw.put(field.label(), field.initial());
            checks.put(field.label(), field.check());
            owned.put(field.label(), field.owns());
            field.names().forEach(name -> labelOfCoreName.put(name, field.label()));
        }
        panel.addComponent(grid);
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(submitLabel, () -> {
            FieldProblems problems = problems().orElse(null);
            if (problems == null) {
                return; // core's check failed; its fault is shown
            }
            // Shows them all, cursor on the first; with none it clears a fixed field's error line.
            problems.show(shell, title);
            if (!problems.isEmpty()) {
                return;
            }
            if (onSubmit.test(values())) {
                saved = true;
            }
        }));
        panel.addComponent(buttons);
    }

    private static String wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : Wrap.lines(SafeText.block(text), 74)) {
            lines.add(" " + line);
        }
        return String.join("\n", lines);
    }

    /**
     * The values by label: what was typed, or the stored value itself where the field was left
     * as it was drawn (its escaped form is never saved back).
     */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        boxes.forEach((label, box) -> values.put(label,
                box.getText().equals(initial.get(label)) ? raw.get(label) : box.getText()));
        return values;
    }

    /**
     * Core's check of the whole command, run on submit once the fields' own checks pass: each
     * reason is listed under the field that owns its code (the cursor goes to the first), in
     * field order, then the reasons no field owns. Returns this form.
     */
    public FormScreen checkedBy(CommandCheck check) {
        this.commandCheck = Objects.requireNonNull(check, "check");
        return this;
    }

    /**
     * Core's command built from the values on submit, which checks every field at once; its
     * problems are listed with the fields' own checks, in field order. Returns this form.
     */
    public FormScreen validatedBy(CommandBuilder command) {
        this.command = Objects.requireNonNull(command, "command");
        return this;
    }

    /**
     * Every field's problem, in field order, its own check's and core's command's together
     * (one per field); then, once every field is fine, core's reasons for the whole command;
     * empty when core's check itself failed.
     */
    Optional<FieldProblems> problems() {
        FieldProblems problems = new FieldProblems();
        Map<String, String> values = values();
        Map<String, String> byLabel = new LinkedHashMap<>();
        checks.forEach((label, check) -> check.problem(label, values.get(label), values)
                .ifPresent(problem -> byLabel.put(label, problem)));
        List<String> unplaced = new ArrayList<>();
        try {
            command.build(values);
        } catch (InvalidInputException bad) {
            if (bad.problems().isEmpty()) {
                unplaced.add(bad.getMessage());
            }
            for (FieldProblem problem : bad.problems()) {
                String label = labelOfCoreName.get(problem.field());
                if (label == null) {
                    unplaced.add(problem.sentence());
                } else {
                    byLabel.putIfAbsent(label, problem.about(label));
                }
            }
        }
        boxes.keySet().stream().filter(byLabel::containsKey)
                .forEach(label -> problems.add(boxes.get(label), label, byLabel.get(label)));
        Interactable top = boxes.values().iterator().next();
        unplaced.forEach(sentence -> problems.add(problems.isEmpty() ? top : null, title, sentence));
        if (!problems.isEmpty()) {
            return Optional.of(problems);
        }
        Optional<List<Reason>> answer = commandCheck.reasons(values);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>(answer.get());
        owned.forEach((label, codes) -> reasons.removeIf(reason -> {
            if (!codes.contains(reason.code())) {
                return false;
            }
            problems.add(boxes.get(label), label, reason.oneLine());
            return true;
        }));
        Interactable first = boxes.values().iterator().next();
        reasons.forEach(reason -> problems.add(problems.isEmpty() ? first : null, title, reason.oneLine()));
        return Optional.of(problems);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Tab", "Next field"), KeyHelp.of("Enter", "Next / press button"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return !saved && boxes.entrySet().stream()
                .anyMatch(e -> !e.getValue().getText().equals(initial.get(e.getKey())));
    }
}
