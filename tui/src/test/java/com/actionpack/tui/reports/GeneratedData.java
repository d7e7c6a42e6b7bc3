package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * An in-memory {@link ReportData} that generates its rows as they are streamed (nothing is
 * stored, so it can stream any number), applying the filters as the real one must.
 */
public final class GeneratedData implements ReportData {

    private static final String[] STATUSES = {"PAID", "AWAITING_PAYMENT", "REFUNDED"};
    private static final String[] CURRENCIES = {"USD", "EUR", "JPY"};
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    private final int rows;
    private final long failAtRow;

    /** @param rows how many invoices and redemptions to generate */
    public GeneratedData(int rows) {
        this(rows, -1);
    }

    /** @param failAtRow throw a database-like error before streaming this row (1-based), or -1 */
    public GeneratedData(int rows, long failAtRow) {
        this.rows = rows;
        this.failAtRow = failAtRow;
    }

    public static InvoiceRow invoice(int i) {
        String currency = CURRENCIES[i % CURRENCIES.length];
        long net = 10_000L + i;
        long tax = net / 5;
        return new InvoiceRow(String.format("INV-%06d", i), InvoiceRow.Kind.INVOICE, null,
                FIRST_DAY.plusDays(i % 365), "10" + (i % 7), "PID-" + (i % 7), "Partner " + (i % 7) + ", Ltd",
                String.format("ORD-%06d", i), currency, net, 2000, tax, net + tax,
                STATUSES[i % STATUSES.length], i % 2 == 0 ? "CARD" : "WIRE_TRANSFER");
    }

    private boolean matches(Filter f, String account, LocalDate day, String status) {
        return (f.accountId() == null || f.accountId().equals(account))
                && (f.from() == null || !day.isBefore(f.from()))
                && (f.to() == null || !day.isAfter(f.to()))
                && (f.status() == null || f.status().equals(status));
    }

    private void maybeFail(long i) {
        if (i == failAtRow) {
            throw new IllegalStateException("database is locked");
        }
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        for (int i = 1; i <= rows; i++) {
            maybeFail(i);
            InvoiceRow row = invoice(i);
            if (matches(filter, row.accountId(), row.issueDate(), row.status())) {
                sink.accept(row);
            }
        }
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        for (int i = 1; i <= rows; i++) {
            maybeFail(i);
            LocalDate start = FIRST_DAY.plusDays(i % 365);
            MembershipRow row = new MembershipRow("10" + (i % 7), "PID-" + (i % 7), "Partner " + (i % 7),
                    String.format("ORD-%06d", i), start, start.plusDays(365), start.plusDays(395), "ACTIVE",
                    i % 2 == 0 ? MAPS : LAPS);
            if (matches(filter, row.accountId(), start, row.status())) {
                sink.accept(row);
            }
        }
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        if (MAPS.equals(pack)) {
            sink.accept(new BenefitRow(MAPS, 1, "Apps and infrastructure", "Azure AD Basic", "Cloud Service", "5",
                    OptionalLong.of(5)));
            sink.accept(new BenefitRow(MAPS, 2, "Apps and infrastructure", "Microsoft Azure", "Cloud Service",
                    "US$100 monthly credit", OptionalLong.empty()));
        } else {
            sink.accept(new BenefitRow(LAPS, 1, null, "Azure Credit (Monthly)", null, "$100", OptionalLong.empty()));
        }
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) {
        // No pack choices in this data set.
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        for (int i = 1; i <= rows; i++) {
            maybeFail(i);
            Instant at = FIRST_DAY.plusDays(i % 365).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(i % 86_400);
            RedemptionRow row = new RedemptionRow(at, "10" + (i % 7), "PID-" + (i % 7), String.format("ORD-%06d", i),
                    MAPS, "Microsoft Office 365 E3", 1, "admin" + (i % 7) + "@example.com", "tenant-" + (i % 7));
            if (matches(filter, row.accountId(), at.atZone(ZoneOffset.UTC).toLocalDate(), null)) {
                sink.accept(row);
            }
        }
    }
}
