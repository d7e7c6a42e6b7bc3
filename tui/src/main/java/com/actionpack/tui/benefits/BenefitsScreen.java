package com.actionpack.tui.benefits;

import com.actionpack.core.CoreServices;
import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitType;
import com.actionpack.core.usecase.benefits.BenefitsOverview;
import com.actionpack.core.usecase.benefits.RecordOfficeActivation;
import com.actionpack.core.usecase.benefits.TermBenefits;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionKind;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Require;
import com.actionpack.tui.form.FieldCheck;
import com.actionpack.core.membership.Membership;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.FormScreen;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.sheet.SheetScreen;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;
import com.actionpack.tui.widget.UsageBar;
import com.actionpack.core.benefits.BenefitTotals;
import com.googlecode.lanterna.input.KeyStroke;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Benefits workspace: provisioning status (R16), the one-time MAPS/LAPS choice with both
 * catalogs to compare (R17, R18), the chosen catalog by the source's groups with used and left,
 * redeeming (R19), and the term's redemptions with product keys (R15) and Office end dates (R13).
 * Every rule is core's: this screen only shows core's answers.
 */
public final class BenefitsScreen extends SheetScreen {

    /** The Redeem form's field for the tenant domain or user a cloud benefit is activated for. */
    static final String TARGET = "Tenant or user";
    private static final String ACTIVATED_ON = "Activated on (YYYY-MM-DD)";

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private BenefitsOverview overview;
    private List<OfficeValidity> office = List.of();

    public BenefitsScreen(ShellContext shell, CoreServices core, Actor actor) {
        super(shell, core, actor);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new BenefitsScreen(shell, core, actor);
    }

    @Override
    public String title() {
        return "Benefits";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Choose / redeem / show key"), KeyHelp.of("r", "Refresh"));
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        boolean reread = super.handleKey(key);
        if (reread) {
            shell.notices().info("Benefits read again.");
        }
        return reread;
    }

    @Override
    protected void refresh() {
        actions.run("Benefits", () -> core.benefits().overview(actor), o -> {
            overview = o;
            office = core.officeSubscriptions().list(actor);
            sheet.setEntries(entries(o));
        });
    }

    private List<Sheet.Entry> entries(BenefitsOverview o) {
        List<Sheet.Entry> out = new ArrayList<>();
        out.add(Sheet.heading("Status"));
        switch (o.status()) {
            case NONE -> out.add(Sheet.text("There is no current Action Pack membership, so there are no benefits. "
                    + "Buy or renew the Action Pack from Membership."));
            case PROVISIONING -> out.add(Sheet.text("Benefits are being provisioned. They will be available by "
                    + o.availableAt().map(TIME::format).orElse("?") + " (up to 24 hours after payment)."));
            case AVAILABLE -> out.add(Sheet.text("Benefits are available since "
                    + o.availableAt().map(TIME::format).orElse("?") + "."));
        }
        o.pack().ifPresent(pack -> out.add(Sheet.text("Benefit pack: " + pack + " (" + pack.title() + "), chosen on "
                + o.membership().map(Membership::packChosenOn).map(Object::toString).orElse("?")
                + ". It cannot be changed until your next renewal.")));
        if (o.pack().isPresent()) {
            out.add(Sheet.text(totals(o.pack().get(), o.totals())));
        }
        if (o.choiceOffered()) {
            choice(out);
        }
        if (!o.choiceReasons().isEmpty()) {
            out.add(Sheet.heading("Benefit pack not chosen yet"));
            o.choiceReasons().forEach(r -> out.add(Sheet.text(r.message() + " " + r.remedy())));
        }
        if (o.pack().isPresent()) {
            o.currentLabel().ifPresent(label -> out.add(Sheet.heading(label)));
            catalog(out, o.lines(), 0);
            redemptions(out, "This term's redemptions", o.lines(), o.redemptions());
        }
        // R12a: a renewed term's benefits stay usable beside the new term's until its AD + 30.
        for (TermBenefits earlier : o.earlierTerms()) {
            out.add(Sheet.heading(earlier.label()));
            if (earlier.pack().isEmpty()) {
                out.add(Sheet.text("No benefit pack was chosen in that term."));
                continue;
            }
            catalog(out, earlier.lines(), earlier.membership().id());
            redemptions(out, "Term " + earlier.membership().term() + "'s redemptions", earlier.lines(),
                    earlier.redemptions());
        }
        officeValidity(out);
        return out;
    }

    private void choice(List<Sheet.Entry> out) {
        out.add(Sheet.heading("Choose your benefit pack"));
        out.add(Sheet.text("Choose MAPS or LAPS once for this membership term; the choice cannot be changed until "
                + "your next renewal or purchase, which asks again. " + fitsWhom()
                + " Both catalogs are listed below to compare."));
        for (BenefitPack pack : BenefitPack.values()) {
            out.add(Sheet.row("choose-" + pack, "Choose " + pack + ": " + pack.title() + ", " + pack.audience(),
                    () -> confirmChoice(pack)));
        }
        for (BenefitPack pack : BenefitPack.values()) {
            out.add(Sheet.heading(pack + " catalog: " + pack.title()));
            List<CatalogBenefit> benefits = core.benefits().catalog(pack);
            Table.Bound<CatalogBenefit> table = offerTable(benefits).over(benefits);
            out.add(Sheet.tableHeader(table));
            for (Section<CatalogBenefit> section : sections(benefits, b -> b)) {
                if (!section.heading().isEmpty()) {
                    out.add(Sheet.heading(section.heading()));
                }
                out.addAll(Sheet.tableRows(table, section.items(), b -> b.id(), null));
            }
        }
    }

    /** Rows under one heading, in the source's order. */
    record Section<T>(String heading, List<T> items) {
    }

    /**
     * The catalog in source order, one section per heading. The source gives MAPS's third and
     * fourth groups the same heading, "Data and AI" (R18 keeps the data as the source has it):
     * grouping by group number drew that heading twice in a row, so a section runs as long as
     * the heading stays the same.
     */
    static <T> List<Section<T>> sections(List<T> items, java.util.function.Function<T, CatalogBenefit> benefit) {
        List<Section<T>> sections = new ArrayList<>();
        for (T item : items) {
            String heading = benefit.apply(item).category();
            if (sections.isEmpty() || !sections.get(sections.size() - 1).heading().equals(heading)) {
                sections.add(new Section<>(heading, new ArrayList<>()));
            }
            sections.get(sections.size() - 1).items().add(item);
        }
        return sections;
    }

    static String describe(CatalogBenefit b) {
        return b.name() + " | " + details(b);
    }

    /** The pack's totals in one line, with the units bar (R19; core adds them up). */
    static String totals(BenefitPack pack, BenefitTotals t) {
        return pack + " in all: " + t.benefits() + " benefits, " + t.inUse() + " in use, " + t.usedUp()
                + " used up; " + UsageBar.of(t.used(), t.units(), 6) + " " + t.used() + " of " + t.units()
                + " units used";
    }

    /** A catalog to compare before choosing: benefit, type (MAPS only) and offer, long cells wrapped. */
    private static Table<CatalogBenefit> offerTable(List<CatalogBenefit> benefits) {
        List<Column<CatalogBenefit>> columns = new ArrayList<>();
        columns.add(Column.wrapping("Benefit", CatalogBenefit::name));
        if (benefits.stream().anyMatch(b -> b.type() != BenefitType.NOT_STATED)) {
            columns.add(Column.fit("Type", b -> b.type().sourceText()));
        }
        columns.add(Column.wrapping("Offer", CatalogBenefit::offerDetails));
        return new Table<>(columns);
    }

    /** The chosen catalog: benefit, type (MAPS only), offer, a used/left bar and the numbers (R19). */
    static Table<BenefitLine> usageTable(List<BenefitLine> lines) {
        List<Column<BenefitLine>> columns = new ArrayList<>();
        columns.add(Column.wrapping("Benefit", l -> l.benefit().name()));
        if (lines.stream().anyMatch(l -> l.benefit().type() != BenefitType.NOT_STATED)) {
            columns.add(Column.fit("Type", l -> l.benefit().type().sourceText()));
        }
        columns.add(Column.wrapping("Offer", l -> l.benefit().offerDetails()));
        columns.add(Column.fixed("Usage", 7, l -> UsageBar.of(l.used(), l.benefit().redeemableUnits(), 5)));
        columns.add(Column.fitNumber("Used", l -> Integer.toString(l.used())));
        columns.add(Column.fitNumber("Left", l -> Integer.toString(Math.max(0, l.left()))));
        return new Table<>(columns);
    }

    /** Type and offer details as the source writes them. */
    static String details(CatalogBenefit b) {
        String type = b.type() == BenefitType.NOT_STATED ? "type not stated" : b.type().sourceText();
        return type + " | " + b.offerDetails();
    }

    /** @param membershipId 0 for the current term, else the earlier term's id (R12a) */
    private void catalog(List<Sheet.Entry> out, List<BenefitLine> lines, long membershipId) {
        // One table for the whole catalog, so its columns line up across the sections.
        Table.Bound<BenefitLine> table = usageTable(lines).over(lines);
        out.add(Sheet.tableHeader(table));
        for (Section<BenefitLine> section : sections(lines, BenefitLine::benefit)) {
            if (!section.heading().isEmpty()) {
                out.add(Sheet.heading(section.heading()));
            }
            out.addAll(Sheet.tableRows(table, section.items(), line -> (membershipId == 0 ? "" : membershipId + "-")
                    + line.benefit().id(), line -> () -> redeem(line, membershipId)));
        }
    }

    private void redemptions(List<Sheet.Entry> out, String heading, List<BenefitLine> lines, List<Redemption> done) {
        out.add(Sheet.heading(heading));
        if (done.isEmpty()) {
            out.add(Sheet.text("Nothing redeemed yet. Select a benefit above and press Enter to redeem it."));
        }
        if (done.isEmpty()) {
            return;
        }
        Map<String, CatalogBenefit> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.put(l.benefit().id(), l.benefit()));
        Table<Redemption> table = new Table<>(List.of(
                Column.fixed("Date", 10, r -> r.activatedOn().toString()),
                Column.wrapping("Benefit", r -> byId.containsKey(r.benefitId()) ? byId.get(r.benefitId()).name() : r.benefitId()),
                Column.fitNumber("Qty", r -> Integer.toString(r.quantity())),
                Column.wrapping("Details", r -> redemptionDetails(r, byId.get(r.benefitId())))));
        out.addAll(Sheet.table(table, done, r -> "redemption-" + r.id(), r -> () -> showKey(r)));
    }

    /** What a redemption gave: a hidden key, the tenant or user, monthly credit, Office validity. */
    private String redemptionDetails(Redemption r, CatalogBenefit b) {
        List<String> parts = new ArrayList<>();
        if (!r.productKey().isEmpty()) {
            parts.add("product key hidden: Enter shows it");
        } else if (!r.target().isEmpty()) {
            parts.add("for " + r.target());
        }
        if (b != null && b.redemptionKind() == RedemptionKind.RECURRING_CREDIT) {
            benefitsEnd(r.membershipId()).ifPresent(end -> parts.add("credited monthly until " + end));
        }
        office.stream().filter(v -> v.redemption().id() == r.id()).findFirst()
                .ifPresent(v -> parts.add("Office valid through " + v.validThrough()));
        return String.join("; ", parts);
    }

    /** The benefits end date of the term a redemption belongs to (current or an earlier, overlapping one). */
    private Optional<java.time.LocalDate> benefitsEnd(long membershipId) {
        return java.util.stream.Stream.concat(overview.membership().stream(),
                        overview.earlierTerms().stream().map(TermBenefits::membership))
                .filter(m -> m.id() == membershipId).findFirst().map(m -> m.dates().benefitsEndDate());
    }

    /** R13a: every Office redemption of the account, this term or an earlier one, with its own validity. */
    private void officeValidity(List<Sheet.Entry> out) {
        if (office.isEmpty()) {
            return;
        }
        out.add(Sheet.heading("Office validity (365 days from actual activation)"));
        Table<OfficeValidity> table = new Table<>(List.of(
                Column.wrapping("Benefit", v -> v.benefit().name()),
                Column.fitNumber("Qty", v -> Integer.toString(v.redemption().quantity())),
                Column.fit("Activated", v -> v.activatedOn() + (v.activationRecorded() ? " (recorded)" : "")),
                Column.fit("Valid through", v -> v.validThrough().toString())));
        out.addAll(Sheet.table(table, office, v -> "office-" + v.redemption().id(), v -> () -> recordActivation(v)));
    }

    private void recordActivation(OfficeValidity v) {
        String note = v.benefit().name() + " was redeemed on " + v.redemption().activatedOn() + ". If it was actually "
                + "activated later, type that day: its 365 days then count from it. This is recorded once.";
        shell.navigator().push(new FormScreen(shell, "Record actual activation", note,
                List.of(new FormScreen.Field(ACTIVATED_ON, "", (label, text, form) -> {
                    try {
                        java.time.LocalDate.parse(text.strip());
                        return Optional.empty();
                    } catch (java.time.format.DateTimeParseException e) {
                        return Optional.of(label + " '" + text.strip() + "' is not a day: type it as YYYY-MM-DD,"
                                + " e.g. 2026-06-01.");
                    }
                })), "Record", values -> {
                    java.time.LocalDate day = java.time.LocalDate.parse(values.get(ACTIVATED_ON).strip());
                    actions.run("Record activation", () -> core.recordOfficeActivation()
                            .record(actor, new RecordOfficeActivation.Command(v.redemption().id(), day)), after -> {
                                shell.navigator().pop();
                                refresh();
                                shell.notices().info(after.benefit().name() + " is valid through " + after.validThrough() + ".");
                            });
                    return false;
                }));
    }

    /** R17a: which pack fits whom, in core's words; advice, not a check of the partner type. */
    private static String fitsWhom() {
        StringBuilder text = new StringBuilder();
        for (BenefitPack p : BenefitPack.values()) {
            text.append(p).append(" is ").append(p.audience()).append("; ");
        }
        return text.append("the choice is yours.").toString();
    }

    private void confirmChoice(BenefitPack pack) {
        actions.confirm("Choose " + pack, () -> core.benefits().mayChoosePack(actor), Confirmation.of("Choose " + pack,
                "You are choosing " + pack + " (" + pack.title() + ", " + pack.audience() + ") for this membership term.\n\n"
                        + fitsWhom() + "\n\nThis cannot be changed until your next renewal.",
                "Choose " + pack), () -> actions.run("Choose " + pack, () -> core.benefits().choosePack(actor, pack), m -> {
                    refresh();
                    shell.notices().info(pack + " chosen for this term; it cannot be changed until your next renewal.");
                }));
    }

    private void redeem(BenefitLine line, long membershipId) {
        CatalogBenefit b = line.benefit();
        // Core says whether anything can be redeemed at all (e.g. nothing left) before a form opens.
        List<Reason> refused = new ArrayList<>();
        if (!actions.run("Redeem " + b.name(), () -> core.benefits().mayRedeem(actor, b.id(), membershipId), refused::addAll)) {
            return;
        }
        if (!refused.isEmpty()) {
            actions.showRefusal("Redeem " + b.name(), refused);
            return;
        }
        List<FormScreen.Field> fields = new ArrayList<>();
        fields.add(new FormScreen.Field("Quantity", "", FieldCheck.core(BenefitsScreen::requireQuantity))
                .owning(ReasonCode.QUANTITY_EXCEEDED, ReasonCode.INVALID_QUANTITY));
        if (b.needsTarget()) {
            // R18a: core says this kind needs a target; an empty one is listed with the quantity's problem.
            fields.add(new FormScreen.Field(TARGET, "", FieldCheck.core(t -> Require.text(t, "tenant or user")))
                    .owning(ReasonCode.TARGET_REQUIRED));
        }
        // R18a: the row's redemption kind says what redeeming needs and gives.
        String note = "Redeem " + b.name() + " (" + details(b) + "). Used " + line.used() + ", left " + line.left() + ". "
                + switch (b.redemptionKind()) {
                    case PRODUCT_KEY -> "This issues a product key; viewing a key ends the right to cancel.";
                    case ACTIVATION -> "This is activated for a tenant domain or user.";
                    case RECURRING_CREDIT -> "This is activated once for a tenant, then credited every month"
                            + " until the benefits end date.";
                    case SERVICE_UNITS -> "This uses hours or incidents, counted in units.";
                };
        FormScreen form = new FormScreen(shell, "Redeem " + b.id(), note, fields, "Redeem", values -> {
            RedeemBenefit command = command(b, values, membershipId);
            // A redemption cannot be undone and ends the right to cancel the purchase (R15, R19).
            actions.confirm("Redeem " + b.name(), () -> core.benefits().checkRedeem(actor, command), Confirmation.of("Redeem",
                    "Redeem " + command.quantity() + " of " + b.name() + "? A redemption cannot be undone, and it ends"
                            + " the right to cancel this purchase for a refund.", "Redeem " + command.quantity()),
                    () -> actions.run("Redeem " + b.name(),
                            () -> core.benefits().redeem(actor, command),
                            r -> {
                                shell.navigator().pop();
                                shell.notices().info("Redeemed " + r.quantity() + " of " + b.name()
                                        + (r.productKey().isEmpty() ? "." : ": the product key is in the redemptions list."));
                            }));
            return false;
        });
        // Confirm only what core would accept: quantity within what is left, a target when the kind needs one.
        form.checkedBy(values -> {
            List<Reason> problems = new ArrayList<>();
            return actions.run("Redeem " + b.name(),
                    () -> core.benefits().checkRedeem(actor, command(b, values, membershipId)), problems::addAll)
                    ? Optional.of(problems) : Optional.empty();
        });
        shell.navigator().push(form);
    }

    /** The command from the form's values, which have passed the fields' checks. */
    private static RedeemBenefit command(CatalogBenefit b, Map<String, String> values, long membershipId) {
        return new RedeemBenefit(b.id(), Integer.parseInt(values.get("Quantity").strip()),
                values.getOrDefault(TARGET, ""), membershipId);
    }

    /** A quantity is a whole number of at least 1 (core's check of the command). */
    private static void requireQuantity(String text) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("quantity", "'" + text.strip() + "' is not a whole number",
                    "type how many units to redeem, e.g. 1");
        }
        Require.positive(n, "quantity");
    }

    private void showKey(Redemption r) {
        if (r.productKey().isEmpty()) {
            shell.notices().info("This is a cloud benefit: it has no product key.");
            return;
        }
        boolean viewedBefore = overview.membership().map(Membership::productKeyViewed).orElse(false);
        Runnable view = () -> actions.run("Show product key", () -> core.benefits().viewProductKey(actor, r.id()), key -> {
            refresh();
            shell.dialogs().message("Product key", key);
        });
        if (viewedBefore) {
            view.run();
            return;
        }
        actions.confirm("Show product key", () -> core.benefits().mayViewProductKey(actor, r.id()),
                Confirmation.of("Show product key",
                "Viewing a product key ends your right to cancel this purchase (a purchase can only be cancelled "
                        + "while no benefit has been used).\n\nShow the key anyway?",
                "Show key"), view);
    }
}
