package com.actionpack.core.usecase.billing;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.billing.InvoiceText;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.usecase.ActingUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** In-port: Bills and payments (R9), open to Global, MPN Partner and Billing admins (R4). */
public final class BillingService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final OrderRepository orders;
    private final InvoiceRepository invoices;
    private final InvoiceText text;
    private final Clock clock;

    public BillingService(Transactions tx, ActingUsers acting, AccessPolicy access, OrderRepository orders,
            InvoiceRepository invoices, InvoiceText text, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.orders = orders;
        this.invoices = invoices;
        this.text = text;
        this.clock = clock;
    }

    /** The account's orders, newest first, each with its status as of today (R8a). */
    public List<Order> orders(Actor actor) {
        return tx.read(() -> {
            LocalDate today = LocalDate.now(clock);
            return orders.listByAccount(billingUser(actor).accountId()).stream()
                    .map(o -> Lifecycle.order(o, today)).toList();
        });
    }

    /** The account's invoices and credit notes, newest first, each with its status as of today (R8a, R9a). */
    public Page<InvoiceView> invoices(Actor actor, PageRequest page) {
        return tx.read(() -> {
            LocalDate today = LocalDate.now(clock);
            Page<InvoiceView> found = invoices.page(OptionalLong.of(billingUser(actor).accountId()), page);
            return found.map(v -> Lifecycle.invoice(v, today));
        });
    }

    /** The document to download, rendered as text (R9). */
    public String invoiceDocument(Actor actor, long invoiceId) {
        return tx.read(() -> {
            User user = billingUser(actor);
            InvoiceView view = invoices.find(invoiceId).filter(v -> v.invoice().accountId() == user.accountId())
                    .orElseThrow(() -> ActionRefusedException.of(ReasonCode.NOT_FOUND,
                            "There is no such invoice for this account.", "Pick a row in Bills and payments."));
            return text.render(Lifecycle.invoice(view, LocalDate.now(clock)));
        });
    }

    private User billingUser(Actor actor) {
        User user = acting.user(actor);
        access.require(user, Permission.VIEW_BILLING);
        return user;
    }
}
