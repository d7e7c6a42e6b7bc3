package com.actionpack.core;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.audit.AuditLog;
import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.ProductKeyIssuer;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.faq.TextAnalyzer;
import com.actionpack.core.billing.DocumentNumbers;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.cancellation.SupportTicketRepository;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.offer.OfferRepository;
import com.actionpack.core.ordering.OrderRepository;
import java.time.Clock;

/**
 * Everything core needs from outside, in one place for the composition root.
 *
 * @param textAnalyzer word stems for the FAQ search (R20a); the app's is Lucene's English analysis
 */
public record Ports(
        Transactions transactions,
        Clock clock,
        AccountRepository accounts,
        UserRepository users,
        OfferRepository offers,
        OrderRepository orders,
        InvoiceRepository invoices,
        DocumentNumbers documentNumbers,
        MembershipRepository memberships,
        SupportTicketRepository tickets,
        BenefitCatalog catalog,
        RedemptionRepository redemptions,
        ProductKeyIssuer productKeys,
        AuditLog audit,
        TextAnalyzer textAnalyzer) {
}
