package com.actionpack.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.Address;
import com.actionpack.reports.spi.ReportData.InvoiceDocument;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import com.actionpack.reports.spi.ReportData.Party;
import com.actionpack.reports.spi.Statuses;
import com.actionpack.reports.testkit.FakeReportData;
import com.actionpack.reports.testkit.ReportChecks;
import com.actionpack.reports.testkit.ReportRun;
import com.actionpack.reports.testkit.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R9: the invoice as a PDF, read back with poppler's pdftotext. The files (and one page as PNG)
 * are kept in target/pdf-samples for a reviewer.
 */
class InvoicePdfReportTest {

    private static final Path OUT = Path.of(System.getProperty("pdf.out", "target/pdf-samples"));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static final Party CHINESE = new Party("北京云桥科技有限公司",
            new Address("朝阳区建国路88号\nBuilding 3", "Beijing", "100022", "CN"));
    private static final Party GREEK = new Party("Ελληνικές Λύσεις Α.Ε.",
            new Address("Λεωφόρος Κηφισίας 12", "Αθήνα", "115 26", "GR"));

    private static final InvoiceDocument INVOICE = new InvoiceDocument("INV-00000042", InvoiceRow.Kind.INVOICE, null,
            DAY, Statuses.Invoice.AWAITING_PAYMENT, "4000042", "ORD-00000042", CHINESE, GREEK,
            "Microsoft Action Pack subscription, 12 months", 1, 47_500, 47_500, 2000, 9_500, 57_000, "USD",
            Statuses.PaymentMethod.WIRE_TRANSFER, "Due within 30 days of the order",
            "Bank: Contoso Bank\nIBAN: DE89 3704 0044 0532 0130 00\nReference: ORD-00000042 / 4000042");
    private static final InvoiceDocument CREDIT = new InvoiceDocument("CN-00000043", InvoiceRow.Kind.CREDIT_NOTE,
            "INV-00000041", DAY.plusDays(3), Statuses.Invoice.REFUNDED, "4000042", "ORD-00000041", CHINESE, CHINESE,
            "Microsoft Action Pack subscription, 12 months", 1, -71_000, -71_000, 1000, -7_100, -78_100, "JPY",
            Statuses.PaymentMethod.CREDIT_CARD, "Refunded to the card used", "");

    @BeforeAll
    static void folder() throws Exception {
        Files.createDirectories(OUT);
    }

    private static Path write(String name, RunResult result) throws Exception {
        Path file = OUT.resolve(name);
        Files.write(file, result.successfulBytes());
        return file;
    }

    @Test
    @DisplayName("R9: one invoice by --number: number, totals, addresses, Chinese and Greek names, wire instructions")
    void oneInvoiceReadsBack() throws Exception {
        FakeReportData data = new FakeReportData().invoiceDocuments(INVOICE, CREDIT);
        RunResult result = ReportRun.of(new InvoicePdfReport()).data(data)
                .filter(new ReportData.Filter(null, null, null, null, "INV-00000042")).run();
        Path pdf = write("INV-00000042.pdf", result);

        assertEquals(1, Poppler.pages(pdf));
        String text = Poppler.text(pdf);
        for (String expected : List.of("INVOICE INV-00000042", "2026-11-24", "AWAITING_PAYMENT", "ORD-00000042",
                "4000042", "北京云桥科技有限公司", "朝阳区建国路88号", "Building 3", "100022 Beijing", "China (CN)",
                "Ελληνικές Λύσεις Α.Ε.", "Λεωφόρος Κηφισίας 12", "115 26 Αθήνα", "Greece (GR)",
                "475.00 USD", "20.00 %", "95.00 USD", "570.00 USD", "Wire transfer",
                "Due within 30 days of the order", "IBAN: DE89 3704 0044 0532 0130 00",
                "Reference: ORD-00000042 / 4000042")) {
            assertTrue(text.contains(expected), "missing [" + expected + "] in:\n" + text);
        }
        assertFalse(text.contains("CN-00000043"), "only the document asked for");

        Path png = Poppler.firstPagePng(pdf, OUT.resolve("INV-00000042"));
        assertTrue(Files.size(png) > 1000, png.toString());
    }

    @Test
    @DisplayName("R9: a credit note names the invoice it credits; JPY has no decimals (R10a)")
    void creditNoteNamesItsInvoice() throws Exception {
        FakeReportData data = new FakeReportData().invoiceDocuments(INVOICE, CREDIT);
        Path pdf = write("CN-00000043.pdf", ReportRun.of(new InvoicePdfReport()).data(data)
                .filter(new ReportData.Filter(null, null, null, null, "CN-00000043")).run());

        String text = Poppler.text(pdf);
        assertTrue(text.contains("CREDIT NOTE CN-00000043"), text);
        assertTrue(text.contains("Credits invoice INV-00000041"), text);
        assertTrue(text.contains("-78100 JPY"), text);
        assertFalse(text.contains("Payment instructions"), "card: no wire instructions");
    }

    @Test
    void anUnknownNumberFailsWithOneLine() {
        RunResult result = ReportRun.of(new InvoicePdfReport()).data(new FakeReportData().invoiceDocuments(INVOICE))
                .filter(new ReportData.Filter(null, null, null, null, "INV-99999999")).run();
        assertEquals("no invoice or credit note numbered INV-99999999 (that you may see)",
                result.failure().orElseThrow().getMessage());
    }

    @Test
    void passesTheTestKitsChecks() {
        ReportChecks.all(new InvoicePdfReport());
    }

    @Test
    @DisplayName("a batch of 1,000 invoices is one PDF of 1,000 pages, written with a 64 MiB heap")
    void batchOfAThousandInBoundedMemory() throws Exception {
        Path pdf = OUT.resolve("batch-1000.pdf");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), BatchProbe.class.getName(), "1000",
                pdf.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), output);

        assertEquals(1000, Poppler.pages(pdf));
        assertTrue(Poppler.pageText(pdf, 1).contains("INVOICE INV-00000001"), output);
        assertTrue(Poppler.pageText(pdf, 1000).contains("INVOICE INV-00001000"), output);
    }

    /** The PDF's text as PDFBox reads it back. */
    private static String pdfboxText(RunResult result) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(result.successfulBytes())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    private static String pdfFor(InvoiceDocument document) throws Exception {
        return pdfboxText(ReportRun.of(new InvoicePdfReport()).data(new FakeReportData().invoiceDocuments(document))
                .filter(new ReportData.Filter(null, null, null, null, document.number())).run());
    }

    private static InvoiceDocument wire(String status, String terms, String instructions, Party soldTo) {
        return new InvoiceDocument("INV-00000050", InvoiceRow.Kind.INVOICE, null, DAY, status, "4000050",
                "ORD-00000050", soldTo, GREEK, "Microsoft Action Pack subscription, 12 months", 1, 47_500, 47_500,
                2000, 9_500, 57_000, "USD", Statuses.PaymentMethod.WIRE_TRANSFER, terms, instructions);
    }

    @Test
    @DisplayName("R8, R9 (PDFBox): unpaid wire shows where and by when to pay; paid shows the day received and no 'Pay by'")
    void paidAndUnpaidWireReadBackWithPdfBox() throws Exception {
        String unpaid = pdfFor(wire(Statuses.Invoice.AWAITING_PAYMENT, "Wire transfer due by 2026-12-24",
                "Bank: Contoso Bank\nPay by: 2026-12-24 (the last day; unpaid, the order expires the day after)", GREEK));
        assertTrue(unpaid.contains("Payment instructions") && unpaid.contains("Pay by: 2026-12-24"), unpaid);
        // The data source gives a paid invoice no instructions (core's InvoiceView.paymentInstructions).
        String paid = pdfFor(wire(Statuses.Invoice.PAID, "Wire transfer received on 2026-11-27 (paid)", "", GREEK));
        assertTrue(paid.contains("PAID") && paid.contains("Wire transfer received on 2026-11-27"), paid);
        assertFalse(paid.contains("Pay by") || paid.contains("unpaid") || paid.contains("Payment instructions"), paid);
        assertFalse(pdfFor(CREDIT).contains("Pay by"), "card: nothing to pay");
    }

    @Test
    @DisplayName("A PDF carries no terminal control: ESC, BEL, C1 CSI and bidi overrides in stored text read back as none")
    void noControlCharactersReadBack() throws Exception {
        Party hostile = new Party("Evil\u202Etxt.exe\u0007 Ltd", new Address("1 Main St\u001B[2J\u009B31m", "Town",
                "12345", "US"));
        String text = pdfFor(wire(Statuses.Invoice.PAID, "Wire transfer received on 2026-11-27 (paid)", "", hostile));
        assertTrue(text.contains("1 Main St") && text.contains("[2J"), text);
        assertTrue(text.codePoints().noneMatch(cp -> (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t')
                || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)),
                text);
    }
}
