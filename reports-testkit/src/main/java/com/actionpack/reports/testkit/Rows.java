package com.actionpack.reports.testkit;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.Address;
import com.actionpack.reports.spi.ReportData.BenefitRow;
import com.actionpack.reports.spi.ReportData.InvoiceDocument;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import com.actionpack.reports.spi.ReportData.MembershipRow;
import com.actionpack.reports.spi.ReportData.PackChoiceRow;
import com.actionpack.reports.spi.ReportData.Party;
import com.actionpack.reports.spi.ReportData.RedemptionRow;
import com.actionpack.reports.spi.ReportData.RenewalDueRow;
import com.actionpack.reports.spi.Statuses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * Rows with sensible defaults, so a test names only what it is about. Account {@code "1"},
 * PartnerID {@code "4000001"}, legal name "Contoso Ltd", 20% tax, paid by card, unless said
 * otherwise; {@link #withText(String)} puts one text into every text field of every row kind.
 *
 * @since 1.1
 */
public final class Rows {

    /** The account id of the default rows. */
    public static final String ACCOUNT_ID = "1";
    /** The PartnerID of the default rows. */
    public static final String PARTNER_ID = "4000001";

    private Rows() {
    }

    /**
     * A paid invoice for one unit at {@code netMinor}, plus 20% tax.
     *
     * @param number   document number, e.g. {@code INV-00000001}
     * @param day      issue day
     * @param currency ISO 4217 code
     * @param netMinor net amount in minor units
     * @return the row
     */
    public static InvoiceRow invoice(String number, LocalDate day, String currency, long netMinor) {
        long tax = netMinor / 5;
        return new InvoiceRow(number, InvoiceRow.Kind.INVOICE, null, day, ACCOUNT_ID, PARTNER_ID, "Contoso Ltd",
                "ORD-" + number, currency, netMinor, 2000, tax, netMinor + tax, Statuses.Invoice.PAID,
                Statuses.PaymentMethod.CREDIT_CARD);
    }

    /**
     * A credit note refunding {@code invoiceNumber}; give {@code netMinor} negative.
     *
     * @param number        document number, e.g. {@code CN-00000002}
     * @param invoiceNumber the invoice it refunds
     * @param day           issue day
     * @param currency      ISO 4217 code
     * @param netMinor      net amount in minor units, negative
     * @return the row
     */
    public static InvoiceRow creditNote(String number, String invoiceNumber, LocalDate day, String currency,
                                        long netMinor) {
        long tax = netMinor / 5;
        return new InvoiceRow(number, InvoiceRow.Kind.CREDIT_NOTE, invoiceNumber, day, ACCOUNT_ID, PARTNER_ID,
                "Contoso Ltd", "ORD-" + invoiceNumber, currency, netMinor, 2000, tax, netMinor + tax,
                Statuses.Invoice.REFUNDED, Statuses.PaymentMethod.CREDIT_CARD);
    }

    /**
     * The same invoice with another status.
     *
     * @param row    an invoice row
     * @param status one of {@link Statuses.Invoice#ALL}
     * @return the changed row
     */
    public static InvoiceRow withStatus(InvoiceRow row, String status) {
        return new InvoiceRow(row.number(), row.kind(), row.creditedInvoiceNumber(), row.issueDate(), row.accountId(),
                row.partnerId(), row.legalName(), row.orderNumber(), row.currency(), row.netMinor(),
                row.taxRateBasisPoints(), row.taxMinor(), row.totalMinor(), status, row.paymentMethod());
    }

    /**
     * An active MAPS membership term starting on {@code start}.
     *
     * @param start the day the term was paid
     * @return the row
     */
    public static MembershipRow membership(LocalDate start) {
        LocalDate end = start.plusDays(365);
        return new MembershipRow(ACCOUNT_ID, PARTNER_ID, "Contoso Ltd", "ORD-1", start, end, end.plusDays(30),
                Statuses.Membership.ACTIVE, ReportData.MAPS);
    }

    /**
     * A benefit catalog row.
     *
     * @param pack     {@link ReportData#MAPS} or {@link ReportData#LAPS}
     * @param position 1-based position
     * @param name     the benefit's name
     * @return the row, with quantity 1
     */
    public static BenefitRow benefit(String pack, int position, String name) {
        return new BenefitRow(pack, position, "Category", name, "Cloud Service", "1 license", OptionalLong.of(1));
    }

    /**
     * A pack choice made on {@code day}.
     *
     * @param day  the day of the choice
     * @param pack the pack chosen
     * @return the row
     */
    public static PackChoiceRow packChoice(LocalDate day, String pack) {
        return new PackChoiceRow(ACCOUNT_ID, PARTNER_ID, "ORD-1", pack, day, "admin@contoso.example");
    }

    /**
     * A redemption of one unit at noon UTC on {@code day}.
     *
     * @param day         the UTC day
     * @param benefitName the benefit's name
     * @return the row
     */
    public static RedemptionRow redemption(LocalDate day, String benefitName) {
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new RedemptionRow(at, ACCOUNT_ID, PARTNER_ID, "ORD-1", ReportData.MAPS, benefitName, 1,
                "admin@contoso.example", "tenant.example");
    }

    /**
     * A complete invoice document for one unit at {@code unitPriceMinor} plus 20% tax, sold to
     * and billed to {@code legalName} in {@code country}, paid by card.
     *
     * @param number         document number
     * @param day            issue day
     * @param legalName      the sold-to and bill-to legal name, any script
     * @param country        ISO 3166-1 alpha-2 code
     * @param currency       ISO 4217 code
     * @param unitPriceMinor unit price in minor units
     * @return the document
     */
    public static InvoiceDocument invoiceDocument(String number, LocalDate day, String legalName, String country,
                                                  String currency, long unitPriceMinor) {
        long tax = unitPriceMinor / 5;
        Party party = new Party(legalName, new Address("1 Main Street", "Springfield", "12345", country));
        return new InvoiceDocument(number, InvoiceRow.Kind.INVOICE, null, day, Statuses.Invoice.PAID, PARTNER_ID,
                "ORD-" + number, party, party, "Microsoft Action Pack subscription (12 months)", 1, unitPriceMinor,
                unitPriceMinor, 2000, tax, unitPriceMinor + tax, currency, Statuses.PaymentMethod.CREDIT_CARD,
                "Paid by card at checkout", "");
    }

    /**
     * One row of every kind whose every free-text field holds {@code text} (dates, amounts,
     * currencies and enums stay valid): for checking that a report escapes what users type.
     *
     * @param text the text to put in each text field
     * @return data with one invoice, membership, MAPS and LAPS benefit, pack choice,
     *         redemption and invoice document
     */
    public static FakeReportData withText(String text) {
        LocalDate day = LocalDate.of(2026, 3, 1);
        Party party = new Party(text, new Address(text, text, text, "US"));
        return new FakeReportData()
                .invoices(new InvoiceRow(text, InvoiceRow.Kind.CREDIT_NOTE, text, day, text, text, text, text, "USD",
                        -100, 2000, -20, -120, text, text))
                .memberships(new MembershipRow(text, text, text, text, day, day.plusDays(365), day.plusDays(395), text,
                        text))
                .benefits(new BenefitRow(ReportData.MAPS, 1, text, text, text, text, OptionalLong.of(1)),
                        new BenefitRow(ReportData.LAPS, 1, text, text, text, text, OptionalLong.empty()))
                .packChoices(new PackChoiceRow(text, text, text, text, day, text))
                .redemptions(new RedemptionRow(day.atStartOfDay().toInstant(ZoneOffset.UTC), text, text, text, text, text,
                        1, text, text))
                .invoiceDocuments(new InvoiceDocument(text, InvoiceRow.Kind.INVOICE, null, day, text, text, text, party,
                        party, text, 1, 100, 100, 2000, 20, 120, "USD", text, text, text))
                .renewalsDue(new RenewalDueRow(text, text, text, 1, day, day.plusDays(30), text, day, 0));
    }
}
