package com.actionpack.tui.audit;

import com.actionpack.core.CoreServices;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.tui.shell.Refusals;
import java.util.ArrayList;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.KeysetSource;
import com.actionpack.tui.widget.PagedList;
import com.googlecode.lanterna.gui2.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The audit trail (R21), newest first, read a page at a time by entry id; {@code /} filters
 * by text (action, subject or actor, as core matches it); Enter shows one entry with its
 * before and after in full. Admins see their account's entries, operators every account's:
 * that scope is core's.
 */
public final class AuditScreen implements ConsoleScreen {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ShellContext shell;
    private final Actions actions;
    private final Component component;

    public AuditScreen(ShellContext shell, CoreServices core, Actor actor) {
        this(shell, core, actor, Optional::empty);
    }

    /**
     * @param lastVerification the line saying when the ledgers were last verified and what was
     *                         found (R23), read when the screen opens; empty: none recorded
     */
    public AuditScreen(ShellContext shell, CoreServices core, Actor actor, Supplier<Optional<String>> lastVerification) {
        this.shell = shell;
        this.actions = new Actions(shell);
        // Core says whether this user may read the trail (R4, R21); its reasons take the place of
        // the list, where they stay, since a message set while the screen is built would be cleared.
        List<Reason> refused = new ArrayList<>();
        boolean allowed = actions.run("Audit trail", () -> {
            try {
                core.audit().page(actor, "", PageRequest.first(1));
                return List.<Reason>of();
            } catch (ActionRefusedException refusal) {
                return refusal.reasons();
            }
        }, refused::addAll) && refused.isEmpty();
        if (allowed) {
            PagedList<Long, AuditEntry> list = new PagedList<>(new Source(core, actor), List.of(
                    Column.fixed("Time (UTC)", 16, e -> TIME.format(e.at())),
                    Column.flex("Actor", AuditEntry::actor),
                    Column.fixed("Channel", 7, AuditEntry::channel),
                    Column.fixed("Action", 22, AuditEntry::action),
                    Column.flex("Subject", AuditEntry::subject)),
                    "The audit trail is empty.");
            list.onActivate(entry -> shell.navigator().push(new AuditEntryScreen(entry)));
            Panel panel = new Panel(new BorderLayout());
            String verified = lastVerification.get()
                    .orElse("Ledgers never verified: run actionpack audit verify on the server (R23).");
            panel.addComponent(new Label(Fit.truncate(" " + SafeText.line(verified), 79)), BorderLayout.Location.TOP);
            panel.addComponent(list, BorderLayout.Location.CENTER);
            component = panel;
        } else {
            Sheet sheet = new Sheet();
            sheet.setEntries(List.of(Sheet.text(refused.isEmpty() ? "The audit trail could not be read."
                    : "You cannot open the audit trail:\n\n" + Refusals.describe(refused))));
            component = sheet;
        }
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new AuditScreen(shell, core, actor);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor, Supplier<Optional<String>> lastVerification) {
        return shell -> new AuditScreen(shell, core, actor, lastVerification);
    }

    @Override
    public String title() {
        return "Audit";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Before/after"), KeyHelp.of("/", "Filter"),
                KeyHelp.of("PgUp/PgDn", "Page"), KeyHelp.of("Home/End", "Newest/oldest"));
    }

    @Override
    public Component component() {
        return component;
    }

    /** Keyset paging over {@code AuditService.page}: the list is newest first, keyed by entry id. */
    private final class Source implements KeysetSource<Long, AuditEntry> {

        private final CoreServices core;
        private final Actor actor;

        Source(CoreServices core, Actor actor) {
            this.core = core;
            this.actor = actor;
        }

        private List<AuditEntry> read(Supplier<List<AuditEntry>> page) {
            try {
                return page.get();
            } catch (ActionRefusedException refused) {
                // the role was revoked while the list was open: say so, show nothing more
                actions.showRefusal("Audit trail", refused);
                return List.of();
            }
        }

        @Override
        public List<AuditEntry> first(int limit, String filter) {
            return read(() -> core.audit().page(actor, filter, PageRequest.first(limit)).rows());
        }

        @Override
        public List<AuditEntry> after(Long key, int limit, String filter) {
            return read(() -> core.audit().page(actor, filter, PageRequest.after(key, limit)).rows());
        }

        @Override
        public List<AuditEntry> before(Long key, int limit, String filter) {
            return read(() -> core.audit().page(actor, filter, PageRequest.before(key, limit)).rows());
        }

        @Override
        public List<AuditEntry> last(int limit, String filter) {
            return read(() -> core.audit().page(actor, filter, PageRequest.last(limit)).rows());
        }

        @Override
        public Long keyOf(AuditEntry row) {
            return row.id();
        }
    }
}
