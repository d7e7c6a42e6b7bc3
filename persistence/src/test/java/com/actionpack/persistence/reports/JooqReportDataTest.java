package com.actionpack.persistence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.Filter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/** What report plugins read from a real database of each backend (#16). */
@OnBothBackends
class JooqReportDataTest {

    @Parameter
    Backend backend;

    private DbWorld world;
    private ReportData data;
    private Actor operator;

    @BeforeEach
    void open() {
        world = backend.world("r", LocalDate.of(2026, 4, 1));
        data = world.db.reports();
        operator = world.operator();
    }

    @Test
    @DisplayName("R8a R9a: statuses are given as of the clock's day before any sweep: a wire invoice is VOID from placed+31, a term EXPIRED from AD+31; --status filters those")
    void statusesFollowTheClock() throws Exception {
        Actor wire = world.readyAccount("Wire Ltd", "US", operator);
        OrderReceipt unpaid = world.buyByWire(wire);
        Actor card = world.readyAccount("Card Ltd", "US", operator);
        world.buyByCard(card);
        LocalDate placed = world.clock.today();

        world.clock.setDate(placed.plusDays(30));
        assertEquals(List.of("AWAITING_PAYMENT"), invoiceStatuses(unpaid.order().number(), null));
        world.clock.setDate(placed.plusDays(31));
        assertEquals(List.of("VOID"), invoiceStatuses(unpaid.order().number(), null));
        assertEquals(List.of("VOID"), invoiceStatuses(unpaid.order().number(), "void"));
        assertEquals(List.of(), invoiceStatuses(unpaid.order().number(), "AWAITING_PAYMENT"));

        world.clock.setDate(placed.plusDays(365 + 30));
        assertEquals(List.of("ACTIVE"), termStatuses(null));
        world.clock.setDate(placed.plusDays(365 + 31));
        assertEquals(List.of("EXPIRED"), termStatuses(null));
        assertEquals(List.of("EXPIRED"), termStatuses("EXPIRED"));
        assertEquals(List.of(), termStatuses("ACTIVE"));
    }

    private List<String> invoiceStatuses(String orderNumber, String status) throws Exception {
        List<String> out = new ArrayList<>();
        data.invoices(new Filter(null, null, null, status), row -> {
            if (row.orderNumber().equals(orderNumber)) {
                out.add(row.status());
            }
        });
        return out;
    }

    private List<String> termStatuses(String status) throws Exception {
        List<String> out = new ArrayList<>();
        data.memberships(new Filter(null, null, null, status), row -> out.add(row.status()));
        return out;
    }

    @Test
    @DisplayName("R9: invoices and credit notes stream in number order with the status read from the order")
    void invoicesWithStatus() throws Exception {
        Actor refunded = world.readyAccount("Refunded Ltd", "US", operator);
        OrderReceipt first = world.buyByCard(refunded);
        SupportTicket ticket = world.core.cancellations().request(refunded, "changed our mind").ticket();
        world.core.cancellations().processRefund(operator, ticket.id());
        Actor kept = world.readyAccount("Kept GmbH", "DE", operator);
        OrderReceipt second = world.buyByCard(kept);

        List<ReportData.InvoiceRow> rows = new ArrayList<>();
        data.invoices(Filter.ALL, rows::add);

        assertEquals(List.of(first.invoice().number(), "CN-00000002", second.invoice().number()),
                rows.stream().map(ReportData.InvoiceRow::number).toList());
        assertEquals(List.of("REFUNDED", "REFUNDED", "PAID"), rows.stream().map(ReportData.InvoiceRow::status).toList());
        assertEquals(first.invoice().number(), rows.get(1).creditedInvoiceNumber());
        assertEquals(-first.invoice().total().minor(), rows.get(1).totalMinor());
        assertEquals(1_900, rows.get(2).taxRateBasisPoints());

        List<ReportData.InvoiceRow> byPartner = new ArrayList<>();
        data.invoices(new Filter(second.invoice().partnerId(), null, null, null), byPartner::add);
        assertEquals(List.of(second.invoice().number()), byPartner.stream().map(ReportData.InvoiceRow::number).toList());
        List<ReportData.InvoiceRow> paid = new ArrayList<>();
        data.invoices(new Filter(null, null, null, "paid"), paid::add);
        assertEquals(1, paid.size());
    }

    @Test
    @DisplayName("R9: the invoices' date filter is inclusive at both ends and reads the stored issue day")
    void invoicesByIssueDay() throws Exception {
        Actor buyer = world.readyAccount("Dated Ltd", "US", operator);
        OrderReceipt bought = world.buyByCard(buyer);
        LocalDate issued = bought.invoice().issuedOn();

        assertEquals(List.of(issued), issueDays(new Filter(null, issued, issued, null)));
        assertEquals(List.of(), issueDays(new Filter(null, issued.plusDays(1), null, null)));
        assertEquals(List.of(), issueDays(new Filter(null, null, issued.minusDays(1), null)));
        assertEquals(List.of(issued), issueDays(new Filter(null, issued.minusYears(1), issued.plusYears(1), "PAID")));
    }

    @Test
    @DisplayName("R9: each invoice row streams exactly as stored, whatever its text (a separator, quotes, non-ASCII)")
    void invoiceRowsExactWhateverTheText() throws Exception {
        Actor refunded = world.readyAccount("Refunded Ltd", "US", operator);
        OrderReceipt bought = world.buyByCard(refunded);
        SupportTicket ticket = world.core.cancellations().request(refunded, "changed our mind").ticket();
        world.core.cancellations().processRefund(operator, ticket.id());
        // Rows are read as one value joined by 0x1F (issue 15): a name holding that very
        // character, and text beyond ASCII, must come back unchanged.
        com.actionpack.core.billing.Invoice stored = bought.invoice();
        for (String name : List.of("Split\u001fName, \"Quoted\" Ltd", "Fabrikam «Ü» 株式会社 \uD83D\uDE00", "\u001f")) {
            long sequence = world.db.transactions().read(() -> world.ports.invoices().page(
                    java.util.OptionalLong.empty(), com.actionpack.core.common.PageRequest.first(1))).rows().get(0)
                    .invoice().sequence() + 1;
            com.actionpack.core.billing.Invoice copy = new com.actionpack.core.billing.Invoice(0, sequence,
                    "INV-X" + sequence, stored.kind(), stored.orderId(), stored.orderNumber(), stored.accountId(),
                    stored.partnerId(), stored.issuedOn(), new com.actionpack.core.billing.Party(name,
                    stored.soldTo().address()), stored.billTo(), stored.lineDescription(), stored.quantity(),
                    stored.unitPrice(), stored.taxBasisPoints(), stored.tax(), stored.total(), stored.paymentMethod(),
                    stored.paymentTerms(), stored.paymentInstructions(), "");
            world.db.transactions().write(() -> world.ports.invoices().insert(copy));
        }

        List<ReportData.InvoiceRow> rows = new ArrayList<>();
        data.invoices(Filter.ALL, rows::add);
        List<ReportData.InvoiceRow> expected = world.db.transactions().read(() -> world.ports.invoices()
                .page(java.util.OptionalLong.empty(), com.actionpack.core.common.PageRequest.first(100)).rows().stream()
                .sorted(java.util.Comparator.comparingLong(v -> v.invoice().sequence()))
                .map(JooqReportDataTest::expectedRow).toList());
        assertEquals(expected, rows);
        assertEquals(5, rows.size());
        assertEquals("Split\u001fName, \"Quoted\" Ltd", rows.get(2).legalName());

        List<ReportData.InvoiceRow> refundedOnly = new ArrayList<>();
        data.invoices(new Filter(null, null, null, "refunded"), refundedOnly::add);
        assertEquals(expected.stream().filter(r -> r.status().equals("REFUNDED")).toList(), refundedOnly);
    }

    /** The row the SPI promises for a stored invoice (its status from the order, R9). */
    private static ReportData.InvoiceRow expectedRow(com.actionpack.core.billing.InvoiceView view) {
        com.actionpack.core.billing.Invoice i = view.invoice();
        return new ReportData.InvoiceRow(i.number(),
                i.kind() == com.actionpack.core.billing.DocumentKind.INVOICE ? ReportData.InvoiceRow.Kind.INVOICE
                        : ReportData.InvoiceRow.Kind.CREDIT_NOTE,
                i.creditsInvoiceNumber().isEmpty() ? null : i.creditsInvoiceNumber(), i.issuedOn(),
                Long.toString(i.accountId()), i.partnerId(), i.soldTo().legalName(), i.orderNumber(),
                i.total().currency(), i.unitPrice().minor() * i.quantity(), i.taxBasisPoints(), i.tax().minor(),
                i.total().minor(), view.status().name(), i.paymentMethod().name());
    }

    @Test
    @DisplayName("R9: a wire invoice's terms say when it is due while unpaid, and the day the funds arrived once paid, in the documents and the console's view alike")
    void paidWireInvoiceSaysWhenFundsArrived() throws Exception {
        Actor payer = world.readyAccount("Wire Pays Ltd", "US", operator);
        OrderReceipt wire = world.buyByWire(payer);
        String number = wire.invoice().number();
        assertTrue(wireTerms(number).startsWith("Wire transfer due by "), wireTerms(number));
        assertTrue(document(number).paymentInstructions().contains("Pay by: "), "R8: unpaid, the PDF asks for payment");
        world.clock.advanceDays(4);
        world.core.wirePayments().recordFundsReceived(operator, wire.order().id());
        String received = "Wire transfer received on " + world.clock.today() + " (paid)";
        assertEquals(received, wireTerms(number));
        assertEquals("", document(number).paymentInstructions(), "R8: paid, no 'Pay by' in the PDF");
        OrderReceipt card = world.buyByCard(world.readyAccount("Card Pays Ltd", "US", operator));
        assertEquals("", document(card.invoice().number()).paymentInstructions());
        assertEquals(received, world.core.billing().invoices(payer, com.actionpack.core.common.PageRequest.first(5)).rows()
                .get(0).paymentTermsNow());
        assertTrue(world.core.billing().invoiceDocument(payer, wire.invoice().id())
                .contains("Payment terms:   " + received));
    }

    private String wireTerms(String number) throws Exception {
        return document(number).paymentTerms();
    }

    private ReportData.InvoiceDocument document(String number) throws Exception {
        List<ReportData.InvoiceDocument> docs = new ArrayList<>();
        data.invoiceDocuments(new Filter(null, null, null, null, number), docs::add);
        return docs.get(0);
    }

    @Test
    @DisplayName("R9: whole invoice documents (addresses, line item, terms) by number; a credit note names its invoice")
    void invoiceDocumentsByNumber() throws Exception {
        Actor refunded = world.readyAccount("Hellas Λύσεις Α.Ε.", "GR", operator);
        OrderReceipt first = world.buyByCard(refunded);
        SupportTicket ticket = world.core.cancellations().request(refunded, "changed our mind").ticket();
        world.core.cancellations().processRefund(operator, ticket.id());
        Actor other = world.readyAccount("Beijing 云桥科技有限公司", "CN", operator);
        OrderReceipt second = world.buyByCard(other);

        List<ReportData.InvoiceDocument> docs = new ArrayList<>();
        data.invoiceDocuments(new Filter(null, null, null, null, second.invoice().number().toLowerCase()), docs::add);
        assertEquals(1, docs.size());
        ReportData.InvoiceDocument doc = docs.get(0);
        com.actionpack.core.billing.Invoice issued = second.invoice();
        assertEquals(issued.number(), doc.number());
        assertEquals("Beijing 云桥科技有限公司", doc.soldTo().legalName());
        assertEquals(issued.billTo().address().street(), doc.billTo().address().street());
        assertEquals("CN", doc.soldTo().address().country());
        assertEquals(issued.lineDescription(), doc.lineItem());
        assertEquals(issued.quantity(), doc.quantity());
        assertEquals(issued.unitPrice().minor(), doc.unitPriceMinor());
        assertEquals(issued.total().minor(), doc.totalMinor());
        assertEquals(issued.paymentTerms(), doc.paymentTerms());
        assertEquals("PAID", doc.status());

        List<ReportData.InvoiceDocument> credit = new ArrayList<>();
        data.invoiceDocuments(new Filter(null, null, null, null, "CN-00000002"), credit::add);
        assertEquals(first.invoice().number(), credit.get(0).creditedInvoiceNumber());
        assertEquals(ReportData.InvoiceRow.Kind.CREDIT_NOTE, credit.get(0).kind());

        List<ReportData.InvoiceRow> rows = new ArrayList<>();
        data.invoices(new Filter(null, null, null, null, first.invoice().number()), rows::add);
        assertEquals(List.of(first.invoice().number()), rows.stream().map(ReportData.InvoiceRow::number).toList());
    }

    private List<LocalDate> issueDays(Filter filter) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        data.invoices(filter, row -> days.add(row.issueDate()));
        return days;
    }

    @Test
    @DisplayName("R18: the benefit tables stream row for row as the source has them")
    void catalog() throws Exception {
        for (BenefitPack pack : BenefitPack.values()) {
            List<ReportData.BenefitRow> rows = new ArrayList<>();
            data.benefitCatalog(pack.name(), rows::add);
            List<CatalogBenefit> source = SourceCatalog.of(pack);
            assertEquals(source.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(source.get(i).name(), rows.get(i).name());
                assertEquals(source.get(i).offerDetails(), rows.get(i).offerDetails());
                // R19: the units core counts used and left in, "US$100 monthly credit" included (one activation).
                assertEquals(java.util.OptionalLong.of(source.get(i).redeemableUnits()), rows.get(i).quantity(),
                        source.get(i).name());
            }
        }
        List<ReportData.BenefitRow> laps = new ArrayList<>();
        data.benefitCatalog("LAPS", laps::add);
        assertNull(laps.get(0).category());
        assertNull(laps.get(0).type());
    }

    @Test
    @DisplayName("R19: redemptions name the benefit, the pack and who redeemed")
    void redemptions() throws Exception {
        Actor admin = world.readyAccount("Contoso", "US", operator);
        world.buyByCard(admin);
        world.clock.advance(Duration.ofHours(24));
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 2, "contoso.onmicrosoft.com"));

        List<ReportData.RedemptionRow> rows = new ArrayList<>();
        data.redemptions(Filter.ALL, rows::add);

        assertEquals(1, rows.size());
        assertEquals("Azure AD Basic", rows.get(0).benefitName());
        assertEquals("MAPS", rows.get(0).pack());
        assertEquals(2, rows.get(0).quantity());
        assertEquals(world.core.accountQueries().me(admin).email(), rows.get(0).redeemedBy());
        List<ReportData.PackChoiceRow> choices = new ArrayList<>();
        data.packChoices(Filter.ALL, choices::add);
        assertEquals("MAPS", choices.get(0).pack());
    }
}
