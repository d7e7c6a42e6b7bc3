package com.actionpack.tui.signin;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.core.CoreServices;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Setup;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Require;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.FieldCheck;
import com.actionpack.tui.form.FieldProblems;
import com.actionpack.tui.form.PhoneNumberCheck;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * First run on an empty database (R1, R4): the partner account's legal profile and its first
 * Global admin. Creating it signs that admin in.
 */
public final class FirstRunScreen implements ConsoleScreen {

    public static final String TITLE = "First run: create the partner account";
    private static final int FIELD_WIDTH = 44;

    private final ShellContext shell;
    private final CoreServices core;
    private final Actions actions;
    private final Consumer<Actor> onSignedIn;
    private static final String COUNTRY = "Country (ISO code)";
    private final Map<String, TextBox> fields = new LinkedHashMap<>();
    private final Map<String, FieldCheck> checks = new LinkedHashMap<>();
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));

    public FirstRunScreen(ShellContext shell, CoreServices core, Consumer<Actor> onSignedIn) {
        this.shell = shell;
        this.core = core;
        this.actions = new Actions(shell);
        this.onSignedIn = onSignedIn;
        panel.addComponent(new Label(" No partner account yet: enter the legal profile and the first Global admin."));
        Panel form = new Panel(new GridLayout(2));
        checks.put("Legal company name", FieldCheck.core(v -> Require.text(v, "legal company name")));
        checks.put("Street", FieldCheck.core(v -> Require.text(v, "street")));
        checks.put("City", FieldCheck.core(v -> Require.text(v, "city")));
        checks.put("Postal code", FieldCheck.none());
        checks.put(COUNTRY, FieldCheck.core(Require::isoCountry));
        checks.put("Primary contact name", FieldCheck.core(v -> Require.text(v, "contact name")));
        checks.put("Primary contact email", FieldCheck.core(Require::email));
        checks.put("Primary contact phone", new PhoneNumberCheck(() -> value(COUNTRY)));
        checks.put("Global admin email", FieldCheck.core(Require::email));
        checks.put("Global admin name", FieldCheck.core(v -> Require.text(v, "admin name")));
        for (String name : checks.keySet()) {
            TextBox box = new SafeTextBox(new TerminalSize(FIELD_WIDTH, 1));
            fields.put(name, box);
            form.addComponent(new Label(" " + name + ":"));
            form.addComponent(box);
        }
        panel.addComponent(form);
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(new Button("Create account", this::create));
    }

    private String value(String field) {
        return fields.get(field).getText();
    }

    /** Fills a field, for tests and for the demo. */
    public void set(String field, String text) {
        TextBox box = fields.get(field);
        if (box == null) {
            throw new IllegalArgumentException("no field " + field);
        }
        box.setText(text);
    }

    /** Every field's problem at once, in order, before core is asked to create anything. */
    private void create() {
        FieldProblems problems = new FieldProblems();
        checks.forEach((name, check) -> check.problem(name, value(name), java.util.Map.of())
                .ifPresent(problem -> problems.add(fields.get(name), name, problem)));
        if (!problems.isEmpty()) {
            problems.show(shell, "Create account");
            return;
        }
        actions.run("Create the account", () -> core.createAccount().create(new NewAccount(
                new LegalProfile(value("Legal company name"),
                        new Address(value("Street"), value("City"), value("Postal code"), value(COUNTRY)),
                        new Contact(value("Primary contact name"), value("Primary contact email"),
                                value("Primary contact phone"))),
                value("Global admin email"), value("Global admin name"))), this::created);
    }

    private void created(Setup setup) {
        fields.values().forEach(box -> box.setText(""));
        shell.signedIn(setup.globalAdmin().email());
        onSignedIn.accept(Actor.console(setup.globalAdmin().id()));
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Tab", "Next field"), KeyHelp.of("Enter", "Next / Create"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return fields.values().stream().anyMatch(box -> !box.getText().isBlank());
    }
}
