package com.actionpack.core.billing;

import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** Out-port: issued invoices and credit notes. Append-only (R9). */
public interface InvoiceRepository {

    /** Stores a new document and returns it with its id. Documents are never updated. */
    Invoice insert(Invoice invoice);

    Optional<InvoiceView> find(long invoiceId);

    Optional<InvoiceView> findByNumber(String number);

    List<InvoiceView> listByOrder(long orderId);

    /**
     * A keyset page of one account's documents (or every account's when {@code accountId} is
     * empty), newest first, keyed by {@link Invoice#sequence()}.
     */
    Page<InvoiceView> page(java.util.OptionalLong accountId, PageRequest request);
}
