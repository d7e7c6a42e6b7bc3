package com.actionpack.persistence.reports;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDERS;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.persistence.db.JdbcRows;
import com.actionpack.reports.spi.ReportData.InvoiceRow;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The invoices report's columns read as one value per row: SQLite joins them with
 * {@code concat_ws} and a unit separator (0x1F), and the row is read with one native call and
 * split here. sqlite-jdbc costs one or two locked native calls per value read (a direct buffer
 * and a decode per text), which were two thirds of a million-row export (issue 15).
 *
 * <p>Exact whatever the data: the row's id comes first (a number: it never holds the
 * separator), and a row whose fields do not come out as expected (a separator inside a value,
 * a number that is not a plain integer) is read again by id, column by column, in the same
 * snapshot. A NULL credited invoice number travels as '' and comes back as null: the schema
 * allows NULL only for invoices and requires a non-empty number for credit notes.
 */
final class PackedInvoiceRows implements JooqReportData.RowReader<InvoiceRow>, AutoCloseable {

    static final byte SEPARATOR = 0x1F;

    /** The columns, in the order they are packed; the id first. */
    private static final List<Field<?>> COLUMNS = List.of(INVOICES.ID, INVOICES.NUMBER, INVOICES.KIND,
            DSL.ifnull(INVOICES.CREDITS_INVOICE_NUMBER, DSL.inline("")), INVOICES.ISSUED_ON, INVOICES.ACCOUNT_ID,
            INVOICES.PARTNER_ID, INVOICES.SOLD_TO_NAME, INVOICES.ORDER_NUMBER, INVOICES.CURRENCY,
            INVOICES.UNIT_PRICE_MINOR, INVOICES.QUANTITY, INVOICES.TAX_BASIS_POINTS, INVOICES.TAX_MINOR,
            INVOICES.TOTAL_MINOR, ORDERS.STATUS, INVOICES.PAYMENT_METHOD, ORDERS.PLACED_ON);
    private static final int FIELDS = COLUMNS.size();

    private final Connection connection;
    private final String wantedStatus;
    private final LocalDate today;
    private static final DocumentKind[] KINDS = DocumentKind.values();
    private static final byte[][] KIND_NAMES = names(KINDS);
    private static final OrderStatus[] ORDER_STATUSES = OrderStatus.values();
    private static final byte[][] ORDER_STATUS_NAMES = names(ORDER_STATUSES);

    private final int[] starts = new int[FIELDS + 1];
    private final RecentTexts currencies = new RecentTexts();
    private final RecentTexts paymentMethods = new RecentTexts();
    private PreparedStatement byId;

    /**
     * @param connection the report's connection (its snapshot), for rows read again by id
     * @param wantedStatus the status filter (any case), or null for every row
     * @param today the day statuses are given for (core's {@link Lifecycle}, R8a)
     */
    PackedInvoiceRows(Connection connection, String wantedStatus, LocalDate today) {
        this.connection = connection;
        this.wantedStatus = wantedStatus;
        this.today = today;
    }

    /** The one selected value: every column joined by the separator. */
    static Field<byte[]> packed() {
        StringJoiner template = new StringJoiner(", ", "concat_ws(char(31), ", ")");
        for (int i = 0; i < FIELDS; i++) {
            template.add("{" + i + "}");
        }
        return DSL.field(template.toString(), SQLDataType.BLOB, COLUMNS.toArray(Field[]::new));
    }

    /** The row of the result's current position, or null when the status filter skips it. */
    @Override
    public InvoiceRow read(ResultSet result) throws SQLException {
        byte[] row = result.getBytes(1);
        if (row == null) {
            throw new SQLException("the packed invoice row is NULL");
        }
        if (split(row)) {
            InvoiceRow parsed = parse(row);
            if (parsed != null || filtered) {
                return parsed;
            }
        }
        return readById(id(row));
    }

    /** The id, the first field: digits up to the first separator. */
    private static long id(byte[] row) throws SQLException {
        long id = 0;
        for (byte b : row) {
            if (b == SEPARATOR) {
                return id;
            }
            if (b < '0' || b > '9' || id > Long.MAX_VALUE / 10) {
                break;
            }
            id = id * 10 + (b - '0');
        }
        throw new SQLException("a packed invoice row does not start with its id");
    }

    /** Field i runs from starts[i] to starts[i + 1] - 1; false unless there are exactly FIELDS. */
    private boolean split(byte[] row) {
        int field = 0;
        starts[0] = 0;
        for (int i = 0; i < row.length; i++) {
            if (row[i] == SEPARATOR) {
                if (++field == FIELDS) {
                    return false;
                }
                starts[field] = i + 1;
            }
        }
        starts[FIELDS] = row.length + 1;
        return field == FIELDS - 1;
    }

    /** Whether the last row parsed was skipped by the status filter. */
    private boolean filtered;

    /** Null when skipped by the filter (then {@link #filtered}) or when a number is not plain. */
    private InvoiceRow parse(byte[] row) {
        filtered = false;
        long unitPrice = number(row, 10);
        long quantity = number(row, 11);
        long taxBasisPoints = number(row, 12);
        long tax = number(row, 13);
        long total = number(row, 14);
        if (unitPrice == NOT_A_NUMBER || quantity == NOT_A_NUMBER || taxBasisPoints == NOT_A_NUMBER
                || tax == NOT_A_NUMBER || total == NOT_A_NUMBER || number(row, 5) == NOT_A_NUMBER
                || taxBasisPoints != (int) taxBasisPoints) {
            return null;
        }
        // Kinds, statuses and days are read from the bytes, and the few currencies and payment
        // methods are decoded once: a million-row export made 14 strings per row (issue 15).
        DocumentKind kind = constant(row, 2, KINDS, KIND_NAMES, DocumentKind.class);
        String status = status(kind, constant(row, 15, ORDER_STATUSES, ORDER_STATUS_NAMES, OrderStatus.class),
                day(row, 17));
        if (status == null) {
            return null;
        }
        String creditsNumber = text(row, 3);
        return new InvoiceRow(text(row, 1), kind(kind), creditsNumber.isEmpty() ? null : creditsNumber, day(row, 4),
                text(row, 5), text(row, 6), text(row, 7), text(row, 8), currencies.text(row, starts[9], starts[10] - 1),
                unitPrice * quantity, (int) taxBasisPoints, tax, total, status,
                paymentMethods.text(row, starts[16], starts[17] - 1));
    }

    /** The invoice's status as of today (R8a), or null (then {@link #filtered}) when the filter skips it. */
    private String status(DocumentKind kind, OrderStatus orderStatus, LocalDate orderPlacedOn) {
        String status = Lifecycle.invoice(kind, orderStatus, orderPlacedOn, today).name();
        if (wantedStatus != null && !wantedStatus.equalsIgnoreCase(status)) {
            filtered = true;
            return null;
        }
        return status;
    }

    private static InvoiceRow.Kind kind(DocumentKind kind) {
        return kind == DocumentKind.INVOICE ? InvoiceRow.Kind.INVOICE : InvoiceRow.Kind.CREDIT_NOTE;
    }

    /** Field i as the enum constant of that name, matched on the bytes; valueOf's exception for another name. */
    private <E extends Enum<E>> E constant(byte[] row, int field, E[] constants, byte[][] names, Class<E> type) {
        int from = starts[field];
        int to = starts[field + 1] - 1;
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, row, from, to)) {
                return constants[i];
            }
        }
        return Enum.valueOf(type, text(row, field));
    }

    /** Field i as a day: ISO text as SQLite stores it, read from the bytes; else as {@link JdbcRows#day}. */
    private LocalDate day(byte[] row, int field) {
        int from = starts[field];
        if (starts[field + 1] - 1 - from == 10 && row[from + 4] == '-' && row[from + 7] == '-') {
            int year = digits(row, from, from + 4);
            int month = digits(row, from + 5, from + 7);
            int day = digits(row, from + 8, from + 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return JdbcRows.day(text(row, field));
    }

    private static int digits(byte[] row, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = row[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static byte[][] names(Enum<?>[] constants) {
        byte[][] names = new byte[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name().getBytes(StandardCharsets.UTF_8);
        }
        return names;
    }

    private String text(byte[] row, int field) {
        int from = starts[field];
        return new String(row, from, starts[field + 1] - 1 - from, StandardCharsets.UTF_8);
    }

    private static final long NOT_A_NUMBER = Long.MIN_VALUE;

    /** A plain decimal integer as SQLite prints one; {@link #NOT_A_NUMBER} for anything else. */
    private long number(byte[] row, int field) {
        int from = starts[field];
        int to = starts[field + 1] - 1;
        boolean negative = from < to && row[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to || to - i > 18) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (; i < to; i++) {
            int digit = row[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_NUMBER;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /** The rare row the packed value cannot carry: read column by column, as before. */
    private InvoiceRow readById(long id) throws SQLException {
        if (byId == null) {
            byId = connection.prepareStatement(DSL.using(SQLDialect.SQLITE)
                    .select(COLUMNS).from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                    .where(INVOICES.ID.eq(DSL.param("id", Long.class))).getSQL(ParamType.INDEXED));
        }
        byId.setLong(1, id);
        try (ResultSet r = byId.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("invoice " + id + " vanished from the report's snapshot");
            }
            return readColumns(r);
        }
    }

    /** The columns unpacked, in {@link #readColumns} order: PostgreSQL's query (#16). */
    static List<Field<?>> columns() {
        return COLUMNS;
    }

    /**
     * A row of {@link #columns()} read column by column (null when the status filter skips it).
     * PostgreSQL's driver reads values from its own buffer, so packing buys nothing there (#16).
     */
    InvoiceRow readColumns(ResultSet r) throws SQLException {
        filtered = false;
        DocumentKind kind = DocumentKind.valueOf(r.getString(3));
        String status = status(kind, OrderStatus.valueOf(r.getString(16)), JdbcRows.day(r.getString(18)));
        if (status == null) {
            return null;
        }
        String credits = r.getString(4);
        return new InvoiceRow(r.getString(2), kind(kind), credits == null || credits.isEmpty() ? null : credits,
                JdbcRows.day(r.getString(5)), Long.toString(r.getLong(6)), r.getString(7), r.getString(8),
                r.getString(9), r.getString(10), r.getLong(11) * r.getLong(12), Math.toIntExact(r.getLong(13)),
                r.getLong(14), r.getLong(15), status, r.getString(17));
    }

    @Override
    public void close() throws SQLException {
        if (byId != null) {
            byId.close();
        }
    }
}
