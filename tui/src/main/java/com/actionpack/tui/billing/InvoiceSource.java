package com.actionpack.tui.billing;

import com.actionpack.core.usecase.billing.BillingService;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.tui.widget.KeysetSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The account's invoices and credit notes for {@link com.actionpack.tui.widget.PagedList},
 * newest first, keyed by the document sequence: each call is one keyset page of
 * {@link BillingService#invoices}. A filter is matched here on number, order number, kind and
 * status; filtered reads go on page by page until enough rows matched or the list ends (an
 * account holds about one document a year, so that stays small).
 */
final class InvoiceSource implements KeysetSource<Long, InvoiceView> {

    private static final int SCAN_PAGE = 200;

    private final BillingService billing;
    private final Actor actor;

    InvoiceSource(BillingService billing, Actor actor) {
        this.billing = billing;
        this.actor = actor;
    }

    @Override
    public List<InvoiceView> first(int limit, String filter) {
        return forward(PageRequest::first, r -> PageRequest.after(r, SCAN_PAGE), limit, filter);
    }

    @Override
    public List<InvoiceView> after(Long key, int limit, String filter) {
        return forward(size -> PageRequest.after(key, size), r -> PageRequest.after(r, SCAN_PAGE), limit, filter);
    }

    @Override
    public List<InvoiceView> before(Long key, int limit, String filter) {
        return backward(size -> PageRequest.before(key, size), limit, filter);
    }

    @Override
    public List<InvoiceView> last(int limit, String filter) {
        return backward(PageRequest::last, limit, filter);
    }

    @Override
    public Long keyOf(InvoiceView row) {
        return row.invoice().sequence();
    }

    private List<InvoiceView> forward(Function<Integer, PageRequest> start, Function<Long, PageRequest> next,
            int limit, String filter) {
        if (filter.isEmpty()) {
            return billing.invoices(actor, start.apply(Math.min(limit, 1000))).rows();
        }
        List<InvoiceView> out = new ArrayList<>();
        Page<InvoiceView> page = billing.invoices(actor, start.apply(SCAN_PAGE));
        while (true) {
            for (InvoiceView row : page.rows()) {
                if (matches(row, filter)) {
                    out.add(row);
                    if (out.size() == limit) {
                        return out;
                    }
                }
            }
            if (!page.hasNext() || page.rows().isEmpty()) {
                return out;
            }
            page = billing.invoices(actor, next.apply(keyOf(page.rows().get(page.rows().size() - 1))));
        }
    }

    private List<InvoiceView> backward(Function<Integer, PageRequest> start, int limit, String filter) {
        if (filter.isEmpty()) {
            return billing.invoices(actor, start.apply(Math.min(limit, 1000))).rows();
        }
        List<InvoiceView> out = new ArrayList<>();
        Page<InvoiceView> page = billing.invoices(actor, start.apply(SCAN_PAGE));
        while (true) {
            List<InvoiceView> rows = page.rows();
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (matches(rows.get(i), filter)) {
                    out.add(0, rows.get(i));
                    if (out.size() == limit) {
                        return out;
                    }
                }
            }
            if (!page.hasPrevious() || rows.isEmpty()) {
                return out;
            }
            page = billing.invoices(actor, PageRequest.before(keyOf(rows.get(0)), SCAN_PAGE));
        }
    }

    static boolean matches(InvoiceView row, String filter) {
        String needle = filter.toLowerCase(Locale.ROOT);
        return row.invoice().number().toLowerCase(Locale.ROOT).contains(needle)
                || row.invoice().orderNumber().toLowerCase(Locale.ROOT).contains(needle)
                || row.invoice().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ').contains(needle)
                || row.status().name().toLowerCase(Locale.ROOT).replace('_', ' ').contains(needle);
    }
}
