package com.actionpack.reports.pdf;

import com.actionpack.reports.spi.ReportData.Address;
import com.actionpack.reports.spi.ReportData.InvoiceDocument;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import com.actionpack.reports.spi.ReportData.Party;
import com.actionpack.reports.spi.Statuses;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws one invoice or credit note on one A4 page: everything R9 asks of the document (number,
 * issue date, status, sold-to and bill-to with address and country, PartnerID, order number,
 * the line item with unit price and quantity, tax rate and amount, total, currency, payment
 * method and terms, and for a wire transfer the payment instructions; a credit note names the
 * invoice it credits). Long text wraps; amounts use the currency's own decimals (R10a).
 */
final class InvoicePage {

    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float LEADING = 14;
    private static final float TITLE = 18;

    private final PDDocument document;
    private final DocumentFont font;

    InvoicePage(PDDocument document, DocumentFont font) {
        this.document = document;
        this.font = font;
    }

    void add(InvoiceDocument invoice) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            Writer w = new Writer(content, page.getMediaBox().getHeight() - MARGIN,
                    page.getMediaBox().getWidth() - 2 * MARGIN);
            boolean credit = invoice.kind() == InvoiceRow.Kind.CREDIT_NOTE;
            w.line((credit ? "CREDIT NOTE " : "INVOICE ") + invoice.number(), TITLE, MARGIN);
            w.gap(4);
            w.line("Microsoft Action Pack subscription", BODY, MARGIN);
            if (credit) {
                w.line("Credits invoice " + orDash(invoice.creditedInvoiceNumber()), BODY, MARGIN);
            }
            w.gap(8);
            w.field("Issue date", invoice.issueDate().toString());
            w.field("Status", invoice.status());
            w.field("Order number", invoice.orderNumber());
            w.field("PartnerID", invoice.partnerId());
            w.gap(8);
            w.party("Sold to", invoice.soldTo());
            w.gap(4);
            w.party("Bill to", invoice.billTo());
            w.gap(8);
            w.field("Item", invoice.lineItem());
            w.field("Quantity", Integer.toString(invoice.quantity()));
            w.field("Unit price", money(invoice.unitPriceMinor(), invoice.currency()));
            w.gap(6);
            w.field("Net", money(invoice.netMinor(), invoice.currency()));
            w.field("Tax rate", BigDecimal.valueOf(invoice.taxRateBasisPoints(), 2).toPlainString() + " %");
            w.field("Tax", money(invoice.taxMinor(), invoice.currency()));
            w.field("Total", money(invoice.totalMinor(), invoice.currency()));
            w.field("Currency", invoice.currency());
            w.gap(8);
            w.field("Payment method", method(invoice.paymentMethod()));
            w.field("Payment terms", invoice.paymentTerms());
            if (!invoice.paymentInstructions().isBlank()) {
                w.gap(6);
                w.line("Payment instructions", BODY, MARGIN);
                for (String line : invoice.paymentInstructions().split("\\R")) {
                    w.wrapped(line, MARGIN + 12);
                }
            }
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    private static String method(String code) {
        if (Statuses.PaymentMethod.CREDIT_CARD.equals(code)) {
            return "Credit card";
        }
        if (Statuses.PaymentMethod.WIRE_TRANSFER.equals(code)) {
            return "Wire transfer";
        }
        return code;
    }

    /** Minor units with the currency's own decimals: 57000 USD is "570.00 USD", 71000 JPY is "71000 JPY". */
    static String money(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
    }

    /** Writes lines top-down on one page, wrapping to the text width. */
    private final class Writer {
        private static final float LABEL_WIDTH = 110;
        private final PDPageContentStream content;
        private final float width;
        private float y;

        Writer(PDPageContentStream content, float top, float width) {
            this.content = content;
            this.y = top;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void line(String text, float size, float x) throws IOException {
            y -= size == TITLE ? TITLE + 2 : LEADING;
            show(font.safe(text), size, x);
        }

        void field(String label, String value) throws IOException {
            y -= LEADING;
            show(font.safe(label + ":"), BODY, MARGIN);
            List<String> lines = wrap(font.safe(value), width - LABEL_WIDTH);
            show(lines.get(0), BODY, MARGIN + LABEL_WIDTH);
            for (String more : lines.subList(1, lines.size())) {
                y -= LEADING;
                show(more, BODY, MARGIN + LABEL_WIDTH);
            }
        }

        void party(String label, Party party) throws IOException {
            Address address = party.address();
            field(label, party.legalName());
            for (String street : address.street().split("\\R")) {
                indented(street);
            }
            indented((address.postalCode().isBlank() ? "" : address.postalCode() + " ") + address.city());
            indented(countryName(address.country()));
        }

        private void indented(String text) throws IOException {
            for (String part : wrap(font.safe(text), width - LABEL_WIDTH)) {
                y -= LEADING;
                show(part, BODY, MARGIN + LABEL_WIDTH);
            }
        }

        void wrapped(String text, float x) throws IOException {
            for (String part : wrap(font.safe(text), width - (x - MARGIN))) {
                y -= LEADING;
                show(part, BODY, x);
            }
        }

        private void show(String text, float size, float x) throws IOException {
            if (text.isEmpty() || y < MARGIN) {
                return; // past the bottom margin: a page holds one document, nothing draws over the edge
            }
            content.beginText();
            content.setFont(font.pdf(), size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** Greedy wrap on spaces, breaking inside a word (CJK has none) when it alone is too wide. */
        private List<String> wrap(String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String next = current + new String(Character.toChars(cp));
                if (current.length() > 0 && font.width(next, BODY) > max) {
                    int space = current.lastIndexOf(" ");
                    if (space > 0 && cp != ' ') {
                        lines.add(current.substring(0, space));
                        current = new StringBuilder(current.substring(space + 1));
                    } else {
                        lines.add(current.toString());
                        current = new StringBuilder();
                    }
                    if (cp == ' ') {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }
    }

    /** "Germany (DE)": the code is what R1 stores, the name is what a reader needs. */
    static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }
}
