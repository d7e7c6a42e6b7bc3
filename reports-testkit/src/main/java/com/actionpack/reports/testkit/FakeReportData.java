package com.actionpack.reports.testkit;

import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@link ReportData} over rows you give it, filtered the way the app documents on each method
 * of {@link ReportData}: account (internal id or PartnerID), inclusive days, status
 * (case-insensitive) and document number. It remembers every filter it was asked for, so a
 * test can check that a report passes the user's filter on.
 *
 * <pre>{@code
 * FakeReportData data = new FakeReportData()
 *         .invoices(Rows.invoice("INV-00000001", LocalDate.of(2026, 1, 5), "USD", 47_500),
 *                   Rows.creditNote("CN-00000002", "INV-00000001", LocalDate.of(2026, 1, 9), "USD", -47_500));
 * }</pre>
 *
 * <p>Not thread-safe: one per test.
 *
 * @since 1.1
 */
public final class FakeReportData implements ReportData {

    private final List<InvoiceRow> invoices = new ArrayList<>();
    private final List<MembershipRow> memberships = new ArrayList<>();
    private final List<BenefitRow> benefits = new ArrayList<>();
    private final List<PackChoiceRow> packChoices = new ArrayList<>();
    private final List<RedemptionRow> redemptions = new ArrayList<>();
    private final List<InvoiceDocument> documents = new ArrayList<>();
    private final List<RenewalDueRow> renewals = new ArrayList<>();
    private final List<Filter> filtersAsked = new ArrayList<>();

    /** Empty data: every stream delivers no row. */
    public FakeReportData() {
    }

    /**
     * Adds invoice rows.
     *
     * @param rows the rows, in the order to stream them
     * @return this
     */
    public FakeReportData invoices(InvoiceRow... rows) {
        Collections.addAll(invoices, rows);
        return this;
    }

    /**
     * Adds membership rows.
     *
     * @param rows the rows, in the order to stream them
     * @return this
     */
    public FakeReportData memberships(MembershipRow... rows) {
        Collections.addAll(memberships, rows);
        return this;
    }

    /**
     * Adds benefit catalog rows (of either pack).
     *
     * @param rows the rows, in the order to stream them
     * @return this
     */
    public FakeReportData benefits(BenefitRow... rows) {
        Collections.addAll(benefits, rows);
        return this;
    }

    /**
     * Adds pack choice rows.
     *
     * @param rows the rows, in the order to stream them
     * @return this
     */
    public FakeReportData packChoices(PackChoiceRow... rows) {
        Collections.addAll(packChoices, rows);
        return this;
    }

    /**
     * Adds redemption rows.
     *
     * @param rows the rows, in the order to stream them
     * @return this
     */
    public FakeReportData redemptions(RedemptionRow... rows) {
        Collections.addAll(redemptions, rows);
        return this;
    }

    /**
     * Adds whole invoice documents.
     *
     * @param rows the documents, in the order to stream them
     * @return this
     */
    public FakeReportData invoiceDocuments(InvoiceDocument... rows) {
        Collections.addAll(documents, rows);
        return this;
    }

    /**
     * Adds terms whose renewal window opens or closes (R22). They are filtered by account and
     * by the day of their event; a null {@code from}/{@code to} keeps every row (the app reads
     * those as today and today + 30, which a fake has no clock for).
     *
     * @param rows the terms, in the order to stream them
     * @return this
     * @since 1.1
     */
    public FakeReportData renewalsDue(RenewalDueRow... rows) {
        Collections.addAll(renewals, rows);
        return this;
    }

    /**
     * The filters the report passed, in call order ({@link Filter#ALL} for each benefit catalog
     * read).
     *
     * @return an unmodifiable copy
     */
    public List<Filter> filtersAsked() {
        return List.copyOf(filtersAsked);
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        stream(filter, invoices, sink, r -> matchesAccount(filter, r.accountId(), r.partnerId())
                && inRange(filter, r.issueDate()) && same(filter.status(), r.status())
                && same(filter.number(), r.number()));
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        stream(filter, memberships, sink, r -> matchesAccount(filter, r.accountId(), r.partnerId())
                && inRange(filter, r.startDate()) && same(filter.status(), r.status()));
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        stream(Filter.ALL, benefits, sink, r -> r.pack().equals(pack));
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        stream(filter, packChoices, sink, r -> matchesAccount(filter, r.accountId(), r.partnerId())
                && inRange(filter, r.chosenOn()));
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        stream(filter, redemptions, sink, r -> matchesAccount(filter, r.accountId(), r.partnerId())
                && inRange(filter, utcDay(r.redeemedAt())));
    }

    @Override
    public void invoiceDocuments(Filter filter, RowSink<? super InvoiceDocument> sink) throws IOException {
        stream(filter, documents, sink, r -> matchesAccount(filter, null, r.partnerId())
                && inRange(filter, r.issueDate()) && same(filter.status(), r.status())
                && same(filter.number(), r.number()));
    }

    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        stream(filter, renewals, sink, r -> matchesAccount(filter, r.accountId(), r.partnerId())
                && inRange(filter, r.eventDate()));
    }

    private <T> void stream(Filter filter, List<T> rows, RowSink<? super T> sink, Predicate<T> keep)
            throws IOException {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        filtersAsked.add(filter);
        for (T row : rows) {
            if (keep.test(row)) {
                sink.accept(row);
            }
        }
    }

    private static boolean matchesAccount(Filter filter, String accountId, String partnerId) {
        String wanted = filter.accountId();
        return wanted == null || wanted.equals(accountId) || wanted.equals(partnerId);
    }

    private static boolean inRange(Filter filter, LocalDate day) {
        if (day == null) {
            return filter.from() == null && filter.to() == null;
        }
        return (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    private static boolean same(String wanted, String value) {
        return wanted == null || wanted.equalsIgnoreCase(value);
    }

    private static LocalDate utcDay(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * {@code count} rows of every kind (invoices, memberships, benefits of each pack, pack
     * choices, redemptions, invoice documents, renewals due), made as they are streamed, never held in
     * memory: for cancellation and memory tests.
     *
     * @param count how many rows each stream delivers
     * @return the data
     */
    public static ReportData many(long count) {
        LocalDate day = LocalDate.of(2026, 1, 1);
        return new ReportData() {
            @Override
            public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.invoice(String.format("INV-%08d", i), day, "USD", 47_500));
                }
            }

            @Override
            public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.membership(day));
                }
            }

            @Override
            public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.benefit(pack, (int) Math.min(i, Integer.MAX_VALUE), "Benefit " + i));
                }
            }

            @Override
            public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.packChoice(day, MAPS));
                }
            }

            @Override
            public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.redemption(day, "Benefit " + i));
                }
            }

            @Override
            public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(new RenewalDueRow(Long.toString(i), Long.toString(4_000_000 + i), "Contoso Ltd", 1,
                            day, day.plusDays(30), "OPENS", day, 0));
                }
            }

            @Override
            public void invoiceDocuments(Filter filter, RowSink<? super InvoiceDocument> sink) throws IOException {
                for (long i = 1; i <= count; i++) {
                    sink.accept(Rows.invoiceDocument(String.format("INV-%08d", i), day, "Contoso Ltd", "US", "USD",
                            47_500));
                }
            }
        };
    }
}
