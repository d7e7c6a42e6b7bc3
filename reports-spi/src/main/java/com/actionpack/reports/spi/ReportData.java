package com.actionpack.reports.spi;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Read-only access to the app's data, given to {@link ReportType#run}.
 *
 * <p>Each method streams rows to a {@link RowSink} one at a time, in a stable order, and
 * returns when the last row has been delivered: the app keeps only a cursor open, so a report
 * can cover a million rows in a small heap. An exception thrown by the sink stops the stream
 * and comes out of the method unchanged. Do not call back into {@code ReportData} from inside
 * a sink.
 *
 * <p>The row records below are built by the app; plugins only read them. Text fields may hold
 * any characters a user typed, including control characters: escape them for your format.
 */
public interface ReportData {

    /** Invoices and credit notes, ordered by issue date then number. Filtered by account, issue date and status. */
    void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException;

    /** Memberships (one per paid purchase or renewal), ordered by start date. Filtered by account, start date and status. */
    void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException;

    /**
     * A benefit catalog exactly as published, row for row in its published order.
     *
     * @param pack {@link #MAPS} or {@link #LAPS}
     */
    void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException;

    /** Pack choices, ordered by the day they were made. Filtered by account and that day. */
    void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException;

    /** Redemptions, ordered by time. Filtered by account and the UTC day of redemption. */
    void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException;

    /**
     * R22: current membership terms whose renewal window opens (the anniversary date) or closes
     * (its last day, anniversary + 30) from {@code filter.from()} through {@code filter.to()},
     * ordered by the day of that event, then account. A null {@code from} means today by the
     * app's clock; a null {@code to} means {@code from} + 30 days. Filtered by account too.
     * An app older than SPI 1.1 streams nothing.
     *
     * @since 1.1
     */
    default void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
    }

    /** Microsoft Action Pack Subscription, the services partners' pack. */
    String MAPS = "MAPS";
    /** Learning Action Pack Subscription, the training partners' pack. */
    String LAPS = "LAPS";

    /** Receives streamed rows; may throw {@link IOException} straight from its writer. */
    @FunctionalInterface
    interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    /**
     * Which rows to stream. A null component means "any". {@code from} and {@code to} are
     * inclusive days; what day a row is filtered on is said on each method of {@link ReportData}.
     */
    record Filter(String accountId, LocalDate from, LocalDate to, String status) {

        /** Every row. */
        public static final Filter ALL = new Filter(null, null, null, null);

        public Filter {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        }
    }

    /**
     * An invoice or a credit note (R9). Amounts are in minor units of {@code currency} (an ISO
     * 4217 code): cents for USD, yen for JPY. A credit note's amounts are negative and
     * {@code creditedInvoiceNumber} names the invoice it refunds; for an invoice it is null.
     *
     * @param taxRateBasisPoints tax rate in hundredths of a percent: 2000 is 20%
     * @param status             PAID, AWAITING_PAYMENT, REFUNDED or VOID (an unpaid wire order cancelled or
     *                           expired; as of the app's day, R8a, R9a)
     * @param paymentMethod      CARD or WIRE_TRANSFER
     */
    record InvoiceRow(String number, Kind kind, String creditedInvoiceNumber, LocalDate issueDate,
                      String accountId, String partnerId, String legalName, String orderNumber,
                      String currency, long netMinor, int taxRateBasisPoints, long taxMinor,
                      long totalMinor, String status, String paymentMethod) {

        public enum Kind { INVOICE, CREDIT_NOTE }

        public InvoiceRow {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * A membership term (R11, R12).
     *
     * @param endDate         the anniversary date: start + 365 days
     * @param benefitsEndDate end date + 30 days
     * @param status          ACTIVE, RENEWED, EXPIRED or CANCELLED, as of the app's day (R8a)
     * @param pack            {@link #MAPS}, {@link #LAPS}, or null before the pack is chosen
     */
    record MembershipRow(String accountId, String partnerId, String legalName, String orderNumber,
                         LocalDate startDate, LocalDate endDate, LocalDate benefitsEndDate,
                         String status, String pack) {
    }

    /**
     * One row of a published benefit table (R18), with the source's wording kept.
     *
     * @param position     1-based position in the published table
     * @param category     the group heading the row sits under (MAPS), or null (LAPS)
     * @param type         "Cloud Service" or "On-premises" (MAPS), or null (LAPS)
     * @param offerDetails as written in the source, e.g. "US$100 monthly credit"
     * @param quantity     the number stated in the offer, when one is
     */
    record BenefitRow(String pack, int position, String category, String name, String type,
                      String offerDetails, OptionalLong quantity) {

        public BenefitRow {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /**
     * A membership term whose renewal window opens or closes in the asked span (R22).
     *
     * @param term         the term's number within its membership
     * @param windowOpens  the anniversary date: the first day to renew
     * @param windowCloses the last day to renew: anniversary + 30 days
     * @param event        {@code OPENS} or {@code CLOSES}: what happens in the span (the opening when both do)
     * @param eventDate    the day of that event
     * @param daysFromStart days from the span's first day (today, by default) to the event
     * @since 1.1
     */
    record RenewalDueRow(String accountId, String partnerId, String legalName, int term, LocalDate windowOpens,
                         LocalDate windowCloses, String event, LocalDate eventDate, long daysFromStart) {

        public RenewalDueRow {
            Objects.requireNonNull(windowOpens, "windowOpens");
            Objects.requireNonNull(windowCloses, "windowCloses");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(eventDate, "eventDate");
        }
    }

    /** The pack an account chose for one membership term (R17). */
    record PackChoiceRow(String accountId, String partnerId, String orderNumber, String pack,
                         LocalDate chosenOn, String chosenBy) {
    }

    /**
     * A redemption of part or all of a benefit (R19).
     *
     * @param redeemedBy the user who redeemed it
     * @param target     the tenant or user a cloud benefit was activated for, or null for a
     *                   product key
     */
    record RedemptionRow(Instant redeemedAt, String accountId, String partnerId, String orderNumber,
                         String pack, String benefitName, long quantity, String redeemedBy,
                         String target) {

        public RedemptionRow {
            Objects.requireNonNull(redeemedAt, "redeemedAt");
        }
    }
}
