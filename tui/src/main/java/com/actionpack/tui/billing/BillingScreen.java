package com.actionpack.tui.billing;

import com.actionpack.core.CoreServices;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.Focus;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.Filterable;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.text.Fit;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.PagedList;
import com.googlecode.lanterna.TerminalSize;
import com.actionpack.tui.widget.ListSource;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.actionpack.tui.files.FileRefused;
import com.actionpack.tui.files.LocalFiles;
import com.actionpack.tui.files.SessionFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Bills and payments (R9): the account's orders, then its invoices and credit notes paged from
 * core by keyset. {@code d} downloads the selected document to a file; Enter on an order
 * awaiting wire payment opens it to upload proof of payment or cancel it (R8).
 */
public final class BillingScreen implements ConsoleScreen, Filterable {

    public static final String TITLE = "Bills and payments";
    private static final int ORDER_ROWS = 4;

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Actions actions;
    private final InvoicePdfs pdfs;
    private final Panel panel = new Panel(new BorderLayout());
    private final ListSource<Order> orderRows = new ListSource<>(List.of(), o -> String.join(" ", o.number(),
            o.placedOn().toString(), o.paymentMethod().label(), o.status().name(), o.total().format()));
    private final PagedList<Integer, Order> orders = new PagedList<>(orderRows, List.of(
            Column.fixed("Order", 13, Order::number),
            Column.fixed("Placed", 10, o -> o.placedOn().toString()),
            Column.fixed("Method", 13, o -> o.paymentMethod().label()),
            Column.fixed("Status", 16, o -> o.status().name()),
            Column.number("Total", 14, o -> o.total().format())), "No orders yet.");
    private final PagedList<Long, InvoiceView> invoices;
    private boolean shown;

    public BillingScreen(ShellContext shell, CoreServices core, Actor actor) {
        this(shell, core, actor, InvoicePdfs.NONE);
    }

    /** @param pdfs writes a document as PDF when the typed file name ends in {@code .pdf} */
    public BillingScreen(ShellContext shell, CoreServices core, Actor actor, InvoicePdfs pdfs) {
        this.pdfs = pdfs;
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.actions = new Actions(shell);
        this.invoices = new PagedList<>(new InvoiceSource(core.billing(), actor), List.of(
                Column.fixed("Document", 12, v -> v.invoice().number()),
                Column.fixed("Issued", 10, v -> v.invoice().issuedOn().toString()),
                Column.fixed("Order", 13, v -> v.invoice().orderNumber()),
                Column.fixed("Status", 16, v -> v.status().name()),
                Column.number("Total", 14, v -> v.invoice().total().format())),
                "No invoices yet.");
        // Enter on an invoice opens its order, as the footer says (R9: the order behind the document).
        invoices.onActivate(this::openOrderOf);
        Panel top = new Panel(new LinearLayout(Direction.VERTICAL));
        top.addComponent(new Label(" Orders (Enter opens one; awaiting payment: proof of payment or cancel)"));
        // The header, the orders and a status line (a filter, or "No orders yet.").
        orders.setPreferredSize(new TerminalSize(78, ORDER_ROWS + 2));
        orders.onActivate(this::openOrder);
        top.addComponent(orders);
        top.addComponent(new Label(" Invoices and credit notes (d downloads one, Enter opens its order)"));
        panel.addComponent(top, BorderLayout.Location.TOP);
        panel.addComponent(invoices, BorderLayout.Location.CENTER);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new BillingScreen(shell, core, actor);
    }

    /** Bills and payments whose Download also writes PDF (a file name ending in {@code .pdf}). */
    public static ScreenFactory factory(CoreServices core, Actor actor, InvoicePdfs pdfs) {
        return shell -> new BillingScreen(shell, core, actor, pdfs);
    }

    private void loadOrders() {
        actions.run("Bills and payments", () -> core.billing().orders(actor), list -> {
            orderRows.replaceAll(list);
            orders.refresh();
        });
    }

    /** The order an invoice or credit note belongs to. */
    private void openOrderOf(InvoiceView view) {
        String number = view.invoice().orderNumber();
        actions.run("Open order", () -> core.billing().orders(actor), list -> list.stream()
                .filter(o -> o.number().equals(number)).findFirst()
                .ifPresentOrElse(this::openOrder, () -> shell.notices().error("Order " + number
                        + " is not among this account's orders: press r in Bills and payments to read them again.")));
    }

    private void openOrder(Order order) {
        shell.navigator().push(order.status() == OrderStatus.AWAITING_PAYMENT
                ? new WireOrderScreen(shell, core, actor, order) : new OrderScreen(shell, core, actor, order));
    }

    /**
     * {@code d}: asks for the file to save the selected document to (over SSH a name in the
     * user's export folder), with a sensible default.
     */
    public void download() {
        Optional<InvoiceView> selected = invoices.selectedRow();
        if (selected.isEmpty()) {
            shell.notices().error("No invoice selected: select a row in the invoices list first.");
            return;
        }
        String number = selected.get().invoice().number();
        SessionFiles files = files();
        // Text by default (the plain R9 document); a name ending in .pdf gets the PDF.
        String title = "Download " + number + (pdfs != InvoicePdfs.NONE ? ": .txt for text, .pdf for PDF" : "");
        shell.dialogs().ask(title, files instanceof LocalFiles ? "Save the document to:"
                        : "Save the document as (a file name):",
                files.suggest(number + ".txt"), typed -> {
                    try {
                        files.target(typed);
                        return Optional.empty();
                    } catch (FileRefused refused) {
                        return Optional.of(refused.getMessage());
                    }
                }, typed -> save(selected.get(), typed));
    }

    /**
     * Saves the document to the file {@code typed} names, as PDF when it ends in {@code .pdf}
     * (and a PDF report is installed), else as text: a refused name is one error line; an
     * existing file is replaced only after the user says so (asked again on every download).
     */
    void save(InvoiceView view, String typed) {
        SessionFiles files = files();
        Path target;
        try {
            target = files.target(typed);
        } catch (FileRefused refused) {
            shell.notices().error(refused.getMessage());
            return;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            shell.dialogs().confirmReplace(files.describe(target), view.invoice().number(),
                    () -> write(view, files, target),
                    () -> shell.notices().info("Not saved: " + files.describe(target) + " was kept as it was."));
            return;
        }
        write(view, files, target);
    }

    private void write(InvoiceView view, SessionFiles files, Path target) {
        if (pdfs != InvoicePdfs.NONE
                && target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            writePdf(view, files, target);
            return;
        }
        actions.run("Download invoice", () -> core.billing().invoiceDocument(actor, view.invoice().id()), document -> {
            InvoiceFiles.Outcome outcome = InvoiceFiles.write(target, files.describe(target), document);
            if (outcome.saved()) {
                files.written(target);
                saved(files, target, outcome.message());
            } else {
                shell.notices().error(outcome.message());
            }
        });
    }

    /** Core checks first that the user may read the document (R4), then the PDF plugin writes it. */
    private void writePdf(InvoiceView view, SessionFiles files, Path target) {
        actions.run("Download invoice", () -> core.billing().invoiceDocument(actor, view.invoice().id()), ignored -> {
            InvoicePdfs.Result result = pdfs.write(view.invoice().number(), target);
            if (result.saved()) {
                saved(files, target, "Saved " + files.describe(target) + " (PDF).");
            } else {
                shell.notices().error(result.message());
            }
        });
    }

    /** A saved file: the line says so; over SSH a window gives the command that fetches it. */
    private void saved(SessionFiles files, Path target, String line) {
        shell.notices().info(line);
        files.fetchCommand(target).ifPresent(command -> shell.dialogs().message("Saved "
                + files.describe(target), "Fetch it to your own machine with:\n\n  " + command));
    }

    private SessionFiles files() {
        return shell.settings().files().orElseGet(LocalFiles::userHome);
    }

    PagedList<Long, InvoiceView> invoiceList() {
        return invoices;
    }

    /** {@code /} filters the invoices, whichever list has the focus. */
    @Override
    public String filter() {
        return invoices.filter();
    }

    @Override
    public void applyFilter(String text) {
        invoices.applyFilter(text);
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("d", "Download invoice"), KeyHelp.of("Enter", "Open order"),
                KeyHelp.of("Tab", "Orders/Invoices"), KeyHelp.of("/", "Filter invoices"),
                KeyHelp.of("PgUp/PgDn", "Page"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && key.getCharacter() == 'd') {
            download();
            return true;
        }
        return false;
    }

    @Override
    public void onShow() {
        loadOrders();
        invoices.refresh();
        if (!shown && panel.getBasePane() != null) {
            // The orders list is empty (so not focusable) when the shell first picks a focus.
            panel.getBasePane().setFocusedInteractable(orders);
        }
        shown = true;
        Focus.first(panel);
    }
}
