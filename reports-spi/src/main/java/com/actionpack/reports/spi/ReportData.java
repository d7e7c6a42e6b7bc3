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
 * any characters a user typed, including control characters: escape them for your format
 * (for spreadsheet formats, {@link SpreadsheetCells}).
 *
 * <p>Since 1.1 the streams stop by themselves when the user cancels the run: the next row
 * throws {@link ReportCancelledException}. Let it propagate.
 *
 * @since 1.0
 */
public interface ReportData {

    /**
     * Invoices and credit notes, ordered by document number (which follows the issue date).
     * Honours every filter: account, issue date ({@code from}/{@code to}), status (one of
     * {@link Statuses.Invoice#ALL}) and, since 1.1, document number.
     *
     * @param filter which rows; never null ({@link Filter#ALL} for every row)
     * @param sink   receives each row
     * @throws IOException what the sink threw
     */
    void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException;

    /**
     * Memberships (one per paid purchase or renewal), ordered by start date. Honours account,
     * start date ({@code from}/{@code to}) and status (one of {@link Statuses.Membership#ALL});
     * the number filter is ignored.
     *
     * @param filter which rows; never null
     * @param sink   receives each row
     * @throws IOException what the sink threw
     */
    void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException;

    /**
     * A benefit catalog exactly as published, row for row in its published order. The same
     * for every account: no filter applies.
     *
     * @param pack {@link #MAPS} or {@link #LAPS}
     * @param sink receives each row
     * @throws IOException what the sink threw
     */
    void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException;

    /**
     * Pack choices, ordered by the day they were made. Honours account and that day
     * ({@code from}/{@code to}); status and number are ignored.
     *
     * @param filter which rows; never null
     * @param sink   receives each row
     * @throws IOException what the sink threw
     */
    void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException;

    /**
     * Redemptions, ordered by time. Honours account and the UTC day of redemption
     * ({@code from}/{@code to}); status and number are ignored.
     *
     * @param filter which rows; never null
     * @param sink   receives each row
     * @throws IOException what the sink threw
     */
    void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException;

    /**
     * Invoices and credit notes as complete documents (everything R9 prints on one), in the
     * same order and with the same filters as {@link #invoices}: account, issue date, status
     * and document number. Each document is one row: stream them, a batch may hold a million.
     *
     * <p>The default throws: data sources older than 1.1 have no documents. The app's own
     * data always implements it.
     *
     * @param filter which documents; never null
     * @param sink   receives each document
     * @throws IOException what the sink threw
     * @throws UnsupportedOperationException when this data source has no documents
     * @since 1.1
     */
    default void invoiceDocuments(Filter filter, RowSink<? super InvoiceDocument> sink) throws IOException {
        throw new UnsupportedOperationException("this data source has no invoice documents");
    }

    /**
     * R22: current membership terms whose renewal window opens (the anniversary date) or closes
     * (its last day, anniversary + 30) from {@code filter.from()} through {@code filter.to()},
     * ordered by the day of that event, then account. A null {@code from} means today by the
     * app's clock; a null {@code to} means {@code from} + 30 days. Filtered by account too;
     * status and number are ignored.
     *
     * <p>The default streams nothing: a data source older than 1.1 has no renewals to list.
     * The app's own data always implements it.
     *
     * @param filter which terms; never null
     * @param sink   receives each term
     * @throws IOException what the sink threw
     * @since 1.1
     */
    default void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
    }

    /** Microsoft Action Pack Subscription, the services partners' pack. */
    String MAPS = "MAPS";
    /** Learning Action Pack Subscription, the training partners' pack. */
    String LAPS = "LAPS";

    /**
     * Receives streamed rows; may throw {@link IOException} straight from its writer.
     *
     * @param <T> the row type
     */
    @FunctionalInterface
    interface RowSink<T> {
        /**
         * Takes one row.
         *
         * @param row the row; never null
         * @throws IOException from the report's writer; it stops the stream
         */
        void accept(T row) throws IOException;
    }

    /**
     * Which rows to stream. A null component means "any". {@code from} and {@code to} are
     * inclusive days; what day a row is filtered on, and which components apply at all, is
     * said on each method of {@link ReportData}.
     *
     * @param accountId the account's internal id or its PartnerID, or null for every account
     * @param from      first day included, or null
     * @param to        last day included, or null; never before {@code from}
     * @param status    one status value (see {@link Statuses}), matched case-insensitively, or null
     * @param number    one document number such as {@code INV-00000042}, or null (since 1.1)
     */
    record Filter(String accountId, LocalDate from, LocalDate to, String status, String number) {

        /** Every row. */
        public static final Filter ALL = new Filter(null, null, null, null, null);

        /**
         * Checks the date range.
         *
         * @throws IllegalArgumentException if {@code from} is after {@code to}
         */
        public Filter {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        }

        /**
         * The 1.0 filter, without a document number.
         *
         * @param accountId the account's internal id or its PartnerID, or null
         * @param from      first day included, or null
         * @param to        last day included, or null
         * @param status    one status value, or null
         */
        public Filter(String accountId, LocalDate from, LocalDate to, String status) {
            this(accountId, from, to, status, null);
        }

        /**
         * This filter restricted to one account.
         *
         * @param account the account's internal id or PartnerID
         * @return a new filter; the other components unchanged
         * @since 1.1
         */
        public Filter withAccount(String account) {
            return new Filter(account, from, to, status, number);
        }
    }

    /**
     * An invoice or a credit note (R9). Amounts are in minor units of {@code currency} (an ISO
     * 4217 code): cents for USD, yen for JPY. A credit note's amounts are negative and
     * {@code creditedInvoiceNumber} names the invoice it refunds; for an invoice it is null.
     *
     * @param number             document number, {@code INV-00000042} or {@code CN-00000043}; never null
     * @param kind               invoice or credit note; never null
     * @param creditedInvoiceNumber for a credit note, the invoice it refunds; null for an invoice
     * @param issueDate          day of issue; never null
     * @param accountId          the account's internal id
     * @param partnerId          the account's PartnerID
     * @param legalName          the sold-to legal name at the time of issue (any script)
     * @param orderNumber        the order it bills
     * @param currency           ISO 4217 code; never null
     * @param netMinor           unit price times quantity, minor units
     * @param taxRateBasisPoints tax rate in hundredths of a percent: 2000 is 20%
     * @param taxMinor           tax, minor units
     * @param totalMinor         net plus tax, minor units
     * @param status             one of {@link Statuses.Invoice#ALL}, as of the app's day (R8a, R9a)
     * @param paymentMethod      one of {@link Statuses.PaymentMethod#ALL}
     */
    record InvoiceRow(String number, Kind kind, String creditedInvoiceNumber, LocalDate issueDate,
                      String accountId, String partnerId, String legalName, String orderNumber,
                      String currency, long netMinor, int taxRateBasisPoints, long taxMinor,
                      long totalMinor, String status, String paymentMethod) {

        /** Which document it is. */
        public enum Kind {
            /** An invoice: positive amounts. */
            INVOICE,
            /** A credit note refunding an invoice: negative amounts. */
            CREDIT_NOTE
        }

        /** Checks the required components. */
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
     * @param accountId       the account's internal id
     * @param partnerId       the account's PartnerID
     * @param legalName       the account's legal name
     * @param orderNumber     the order that paid for the term
     * @param startDate       the day the term was paid
     * @param endDate         the anniversary date: start + 365 days
     * @param benefitsEndDate end date + 30 days
     * @param status          one of {@link Statuses.Membership#ALL}, as of the app's day (R8a)
     * @param pack            {@link #MAPS}, {@link #LAPS}, or null before the pack is chosen
     */
    record MembershipRow(String accountId, String partnerId, String legalName, String orderNumber,
                         LocalDate startDate, LocalDate endDate, LocalDate benefitsEndDate,
                         String status, String pack) {
    }

    /**
     * One row of a published benefit table (R18), with the source's wording kept.
     *
     * @param pack         {@link #MAPS} or {@link #LAPS}
     * @param position     1-based position in the published table
     * @param category     the group heading the row sits under (MAPS), or null (LAPS)
     * @param type         "Cloud Service" or "On-premises" (MAPS), or null (LAPS)
     * @param offerDetails as written in the source, e.g. "US$100 monthly credit"
     * @param name         the benefit's name as published
     * @param quantity     the units a term can redeem (R19), as the console counts "used" and
     *                     "left": the number stated in the offer, or 1 (one activation) where
     *                     the offer states an amount ("US$100 monthly credit"); this host always
     *                     fills it, an older one left it empty where no number was stated
     */
    record BenefitRow(String pack, int position, String category, String name, String type,
                      String offerDetails, OptionalLong quantity) {

        /** Checks the required components. */
        public BenefitRow {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /**
     * A membership term whose renewal window opens or closes in the asked span (R22).
     *
     * @param accountId     the account's internal id
     * @param partnerId     the account's PartnerID
     * @param legalName     the account's legal name
     * @param term          the term's number within its membership
     * @param windowOpens   the anniversary date: the first day to renew
     * @param windowCloses  the last day to renew: anniversary + 30 days
     * @param event         {@code OPENS} or {@code CLOSES}: what happens in the span (the opening when both do)
     * @param eventDate     the day of that event
     * @param daysFromStart days from the span's first day (today, by default) to the event
     * @since 1.1
     */
    record RenewalDueRow(String accountId, String partnerId, String legalName, int term, LocalDate windowOpens,
                         LocalDate windowCloses, String event, LocalDate eventDate, long daysFromStart) {

        /** Checks the required components. */
        public RenewalDueRow {
            Objects.requireNonNull(windowOpens, "windowOpens");
            Objects.requireNonNull(windowCloses, "windowCloses");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(eventDate, "eventDate");
        }
    }

    /**
     * The pack an account chose for one membership term (R17).
     *
     * @param accountId   the account's internal id
     * @param partnerId   the account's PartnerID
     * @param orderNumber the order of the term
     * @param pack        {@link #MAPS} or {@link #LAPS}
     * @param chosenOn    the day of the choice
     * @param chosenBy    the email of the admin who chose
     */
    record PackChoiceRow(String accountId, String partnerId, String orderNumber, String pack,
                         LocalDate chosenOn, String chosenBy) {
    }

    /**
     * A redemption of part or all of a benefit (R19).
     *
     * @param redeemedAt  when, as an instant; never null
     * @param accountId   the account's internal id
     * @param partnerId   the account's PartnerID
     * @param orderNumber the order of the term the benefit belongs to
     * @param pack        {@link #MAPS} or {@link #LAPS}
     * @param benefitName the benefit's name as published
     * @param quantity    how many units were redeemed
     * @param redeemedBy the user who redeemed it
     * @param target     the tenant or user a cloud benefit was activated for, or null for a
     *                   product key
     */
    record RedemptionRow(Instant redeemedAt, String accountId, String partnerId, String orderNumber,
                         String pack, String benefitName, long quantity, String redeemedBy,
                         String target) {

        /** Checks the required components. */
        public RedemptionRow {
            Objects.requireNonNull(redeemedAt, "redeemedAt");
        }
    }

    /**
     * A postal address as printed on an invoice (R1, R9).
     *
     * @param street     street and number, possibly several lines separated by {@code \n}; never null
     * @param city       the city; never null
     * @param postalCode the postal code, or "" where the country has none; never null
     * @param country    ISO 3166-1 alpha-2 code such as {@code DE}; never null
     * @since 1.1
     */
    record Address(String street, String city, String postalCode, String country) {

        /** Checks the components; null text becomes "". */
        public Address {
            street = street == null ? "" : street;
            city = city == null ? "" : city;
            postalCode = postalCode == null ? "" : postalCode;
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * Sold-to or bill-to on an invoice: legal name and address at the time of issue (R9).
     *
     * @param legalName the legal name, in any script; never null
     * @param address   the postal address; never null
     * @since 1.1
     */
    record Party(String legalName, Address address) {

        /** Checks the components. */
        public Party {
            Objects.requireNonNull(legalName, "legalName");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * One complete invoice or credit note (R9, R9a): everything its printed document shows.
     * Amounts are minor units of {@code currency}; a credit note's amounts are negative and
     * {@code creditedInvoiceNumber} names the invoice it refunds.
     *
     * @param number                document number, {@code INV-00000042} or {@code CN-00000043}; never null
     * @param kind                  invoice or credit note; never null
     * @param creditedInvoiceNumber the invoice a credit note refunds; null for an invoice
     * @param issueDate             day of issue; never null
     * @param status                one of {@link Statuses.Invoice#ALL}, on the app's business day
     * @param partnerId             the account's PartnerID; never null
     * @param orderNumber           the order billed; never null
     * @param soldTo                who bought; never null
     * @param billTo                who pays; never null
     * @param lineItem              the one line item's description; never null
     * @param quantity              units of the line item, at least 1
     * @param unitPriceMinor        price of one unit, minor units
     * @param netMinor              unit price times quantity, minor units
     * @param taxRateBasisPoints    tax rate in hundredths of a percent: 2000 is 20%
     * @param taxMinor              tax, minor units
     * @param totalMinor            net plus tax, minor units
     * @param currency              ISO 4217 code; never null
     * @param paymentMethod         one of {@link Statuses.PaymentMethod#ALL}; never null
     * @param paymentTerms          the payment terms as printed; never null
     * @param paymentInstructions   for a wire transfer the bank details and reference to quote,
     *                              one instruction per line; "" otherwise; never null
     * @since 1.1
     */
    record InvoiceDocument(String number, InvoiceRow.Kind kind, String creditedInvoiceNumber,
                           LocalDate issueDate, String status, String partnerId, String orderNumber,
                           Party soldTo, Party billTo, String lineItem, int quantity,
                           long unitPriceMinor, long netMinor, int taxRateBasisPoints, long taxMinor,
                           long totalMinor, String currency, String paymentMethod, String paymentTerms,
                           String paymentInstructions) {

        /** Checks the required components; null text becomes "". */
        public InvoiceDocument {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(soldTo, "soldTo");
            Objects.requireNonNull(billTo, "billTo");
            Objects.requireNonNull(currency, "currency");
            status = status == null ? "" : status;
            partnerId = partnerId == null ? "" : partnerId;
            orderNumber = orderNumber == null ? "" : orderNumber;
            lineItem = lineItem == null ? "" : lineItem;
            paymentMethod = paymentMethod == null ? "" : paymentMethod;
            paymentTerms = paymentTerms == null ? "" : paymentTerms;
            paymentInstructions = paymentInstructions == null ? "" : paymentInstructions;
        }
    }
}
