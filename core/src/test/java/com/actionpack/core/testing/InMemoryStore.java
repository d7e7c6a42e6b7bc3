package com.actionpack.core.testing;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.audit.AuditFilter;
import com.actionpack.core.audit.AuditLog;
import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.OfficeActivation;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.billing.DocumentNumbers;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.SupportTicketRepository;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.offer.OfferRepository;
import com.actionpack.core.ordering.LiveOrderConflictException;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A fake of every out-port of core, in memory, for core's own tests and other modules'
 * headless tests. Transactions are real in the way that matters: a use case that throws
 * leaves no trace (the whole store is restored), and R5's database guard (one live order per
 * account and term) is enforced like the real schema does. Not thread-safe.
 */
public final class InMemoryStore implements Transactions {

    private State state = new State();
    private int depth;
    private int writes;

    /** Everything stored, copied wholesale to roll a failed transaction back. */
    private static final class State {
        final TreeMap<Long, PartnerAccount> accounts = new TreeMap<>();
        final TreeMap<Long, User> users = new TreeMap<>();
        final Map<String, CountryOffer> offers = new LinkedHashMap<>();
        final TreeMap<Long, Order> orders = new TreeMap<>();
        final TreeMap<Long, Agreement.AcceptedAgreement> agreements = new TreeMap<>();
        final TreeMap<Long, Invoice> invoices = new TreeMap<>();
        final TreeMap<Long, Membership> memberships = new TreeMap<>();
        final TreeMap<Long, SupportTicket> tickets = new TreeMap<>();
        final TreeMap<Long, Redemption> redemptions = new TreeMap<>();
        final TreeMap<Long, OfficeActivation> officeActivations = new TreeMap<>();
        final TreeMap<Long, AuditEntry> audit = new TreeMap<>();
        long nextId = 1;
        long backOfficeId = -1;
        long documentSequence;

        State copy() {
            State c = new State();
            c.accounts.putAll(accounts);
            c.users.putAll(users);
            c.offers.putAll(offers);
            c.agreements.putAll(agreements);
            c.orders.putAll(orders);
            c.invoices.putAll(invoices);
            c.memberships.putAll(memberships);
            c.tickets.putAll(tickets);
            c.redemptions.putAll(redemptions);
            c.officeActivations.putAll(officeActivations);
            c.audit.putAll(audit);
            c.nextId = nextId;
            c.backOfficeId = backOfficeId;
            c.documentSequence = documentSequence;
            return c;
        }
    }

    @Override
    public <T> T write(Supplier<T> work) {
        writes++;
        return inTransaction(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    /** How many write transactions ran: tests check that reads never write. */
    public int writeTransactions() {
        return writes;
    }

    private <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        State saved = state.copy();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            state = saved;
            throw e;
        } finally {
            depth--;
        }
    }

    private long nextId() {
        return state.nextId++;
    }

    private static <T> Page<T> page(List<T> newestFirst, ToLongFunction<T> key, PageRequest request) {
        List<T> rows;
        boolean hasPrevious;
        boolean hasNext;
        if (request.beforeKey().isPresent()) {
            long before = request.beforeKey().getAsLong();
            List<T> newer = newestFirst.stream().filter(t -> key.applyAsLong(t) > before).toList();
            int from = Math.max(0, newer.size() - request.size());
            rows = newer.subList(from, newer.size());
            hasPrevious = from > 0;
            hasNext = newestFirst.size() > newer.size();
            if (before == Long.MAX_VALUE) {
                // "last page": the oldest rows
                int start = Math.max(0, newestFirst.size() - request.size());
                rows = newestFirst.subList(start, newestFirst.size());
                hasPrevious = start > 0;
                hasNext = false;
            }
        } else {
            long after = request.afterKey().orElse(Long.MAX_VALUE);
            List<T> older = newestFirst.stream().filter(t -> key.applyAsLong(t) < after).toList();
            rows = older.subList(0, Math.min(request.size(), older.size()));
            hasPrevious = request.afterKey().isPresent() && older.size() < newestFirst.size();
            hasNext = older.size() > rows.size();
        }
        return new Page<>(rows, hasPrevious, hasNext);
    }

    public final AccountRepository accounts = new AccountRepository() {
        @Override
        public PartnerAccount insert(PartnerAccount account) {
            PartnerAccount saved = account.withId(nextId());
            state.accounts.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<PartnerAccount> find(long accountId) {
            return Optional.ofNullable(state.accounts.get(accountId));
        }

        @Override
        public void update(PartnerAccount account) {
            state.accounts.put(account.id(), account);
        }

        @Override
        public List<PartnerAccount> listByVerification(VerificationStatus status) {
            return state.accounts.values().stream().filter(a -> a.verification() == status).toList();
        }

        @Override
        public long count() {
            return state.accounts.size() - (state.backOfficeId < 0 ? 0 : 1);
        }

        @Override
        public PartnerAccount insertBackOffice(PartnerAccount account) {
            if (state.backOfficeId >= 0) {
                throw new IllegalStateException("there is a back office already");
            }
            PartnerAccount saved = insert(account);
            state.backOfficeId = saved.id();
            return saved;
        }

        @Override
        public Optional<PartnerAccount> findBackOffice() {
            return find(state.backOfficeId);
        }
    };

    public final UserRepository users = new UserRepository() {
        @Override
        public User insert(User user) {
            User saved = user.withId(nextId());
            state.users.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<User> find(long userId) {
            return Optional.ofNullable(state.users.get(userId));
        }

        @Override
        public Optional<User> findByEmail(String email) {
            return state.users.values().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
        }

        @Override
        public List<User> listByAccount(long accountId) {
            return state.users.values().stream().filter(u -> u.accountId() == accountId).toList();
        }

        @Override
        public List<User> listWithRole(Role role) {
            return state.users.values().stream().filter(u -> u.has(role)).toList();
        }

        @Override
        public List<User> listFirst(int limit) {
            return state.users.values().stream()
                    .sorted(Comparator.comparingLong(User::accountId).thenComparing(User::email)).limit(limit).toList();
        }

        @Override
        public void update(User user) {
            state.users.put(user.id(), user);
        }
    };

    public final OfferRepository offers = new OfferRepository() {
        @Override
        public Optional<CountryOffer> find(String country) {
            return Optional.ofNullable(state.offers.get(country));
        }

        @Override
        public List<CountryOffer> list() {
            return List.copyOf(state.offers.values());
        }

        @Override
        public void save(CountryOffer offer) {
            state.offers.put(offer.country(), offer);
        }
    };

    public final OrderRepository orders = new OrderRepository() {
        @Override
        public Order insert(Order order) {
            guardLiveOrder(order);
            long id = nextId();
            Order saved = order.withId(id, String.format("AP-%08d", id));
            state.orders.put(id, saved);
            return saved;
        }

        @Override
        public void update(Order order) {
            guardLiveOrder(order);
            state.orders.put(order.id(), order);
        }

        private void guardLiveOrder(Order order) {
            if (!order.status().isLive()) {
                return;
            }
            boolean clash = state.orders.values().stream().anyMatch(o -> o.id() != order.id()
                    && o.accountId() == order.accountId() && o.term() == order.term() && o.status().isLive());
            if (clash) {
                throw new LiveOrderConflictException("account " + order.accountId() + " already has a live order for term "
                        + order.term(), null);
            }
        }

        @Override
        public Optional<Order> find(long orderId) {
            return Optional.ofNullable(state.orders.get(orderId));
        }

        @Override
        public List<Order> listByAccount(long accountId) {
            return state.orders.descendingMap().values().stream().filter(o -> o.accountId() == accountId).toList();
        }

        @Override
        public List<Order> listAwaitingPayment() {
            return state.orders.values().stream().filter(o -> o.status() == OrderStatus.AWAITING_PAYMENT).toList();
        }

        @Override
        public void recordAgreement(long orderId, Agreement.AcceptedAgreement agreement) {
            if (!state.orders.containsKey(orderId) || state.agreements.putIfAbsent(orderId, agreement) != null) {
                throw new IllegalStateException("an agreement is recorded once, for a stored order: " + orderId);
            }
        }

        @Override
        public Optional<Agreement.AcceptedAgreement> agreementOf(long orderId) {
            return Optional.ofNullable(state.agreements.get(orderId));
        }
    };

    public final DocumentNumbers documentNumbers = () -> ++state.documentSequence;

    public final InvoiceRepository invoices = new InvoiceRepository() {
        @Override
        public Invoice insert(Invoice invoice) {
            Invoice saved = invoice.withId(nextId());
            state.invoices.put(saved.id(), saved);
            return saved;
        }

        private InvoiceView view(Invoice invoice) {
            Order order = state.orders.get(invoice.orderId());
            return new InvoiceView(invoice, InvoiceStatus.of(invoice.kind(), order.status()), order.placedOn(),
                    state.agreements.get(order.id()), order.paidOn());
        }

        @Override
        public Optional<InvoiceView> find(long invoiceId) {
            return Optional.ofNullable(state.invoices.get(invoiceId)).map(this::view);
        }

        @Override
        public Optional<InvoiceView> findByNumber(String number) {
            return state.invoices.values().stream().filter(i -> i.number().equals(number)).findFirst().map(this::view);
        }

        @Override
        public List<InvoiceView> listByOrder(long orderId) {
            return state.invoices.values().stream().filter(i -> i.orderId() == orderId).map(this::view).toList();
        }

        @Override
        public Page<InvoiceView> page(OptionalLong accountId, PageRequest request) {
            Predicate<Invoice> scope = i -> accountId.isEmpty() || i.accountId() == accountId.getAsLong();
            List<InvoiceView> newestFirst = state.invoices.values().stream().filter(scope)
                    .sorted(Comparator.comparingLong(Invoice::sequence).reversed()).map(this::view).toList();
            return InMemoryStore.page(newestFirst, v -> v.invoice().sequence(), request);
        }
    };

    public final MembershipRepository memberships = new MembershipRepository() {
        @Override
        public Membership insert(Membership membership) {
            Membership saved = membership.withId(nextId());
            state.memberships.put(saved.id(), saved);
            return saved;
        }

        @Override
        public void update(Membership membership) {
            state.memberships.put(membership.id(), membership);
        }

        @Override
        public Optional<Membership> find(long membershipId) {
            return Optional.ofNullable(state.memberships.get(membershipId));
        }

        @Override
        public Optional<Membership> findByOrder(long orderId) {
            return state.memberships.values().stream().filter(m -> m.orderId() == orderId).findFirst();
        }

        @Override
        public List<Membership> listByAccount(long accountId) {
            return state.memberships.descendingMap().values().stream().filter(m -> m.accountId() == accountId).toList();
        }

        @Override
        public List<Membership> listProvisioning(Instant now) {
            return state.memberships.values().stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE && !m.benefitsProvisionedAt(now))
                    .sorted(Comparator.comparing(Membership::benefitsAvailableAt).thenComparingLong(Membership::id))
                    .toList();
        }
    };

    public final SupportTicketRepository tickets = new SupportTicketRepository() {
        @Override
        public SupportTicket insert(SupportTicket ticket) {
            long id = nextId();
            SupportTicket saved = ticket.withId(id, String.format("SR-%08d", id));
            state.tickets.put(id, saved);
            return saved;
        }

        @Override
        public void update(SupportTicket ticket) {
            state.tickets.put(ticket.id(), ticket);
        }

        @Override
        public Optional<SupportTicket> find(long ticketId) {
            return Optional.ofNullable(state.tickets.get(ticketId));
        }

        @Override
        public List<SupportTicket> listByAccount(long accountId) {
            return state.tickets.descendingMap().values().stream().filter(t -> t.accountId() == accountId).toList();
        }

        @Override
        public List<SupportTicket> listInProgress() {
            return state.tickets.values().stream().filter(t -> t.status() == TicketStatus.IN_PROGRESS).toList();
        }
    };

    public final BenefitCatalog catalog = new BenefitCatalog() {
        @Override
        public List<CatalogBenefit> list(BenefitPack pack) {
            return SourceCatalog.of(pack);
        }

        @Override
        public Optional<CatalogBenefit> find(String benefitId) {
            return SourceCatalog.all().stream().filter(b -> b.id().equals(benefitId)).findFirst();
        }
    };

    public final RedemptionRepository redemptions = new RedemptionRepository() {
        @Override
        public Redemption insert(Redemption redemption) {
            Redemption saved = redemption.withId(nextId());
            state.redemptions.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<Redemption> find(long redemptionId) {
            return Optional.ofNullable(state.redemptions.get(redemptionId));
        }

        @Override
        public List<Redemption> listByMembership(long membershipId) {
            return state.redemptions.values().stream().filter(r -> r.membershipId() == membershipId).toList();
        }

        @Override
        public void recordActivation(OfficeActivation activation) {
            if (state.officeActivations.putIfAbsent(activation.redemptionId(), activation) != null) {
                throw new IllegalStateException("activation of redemption " + activation.redemptionId() + " already recorded");
            }
        }

        @Override
        public Optional<OfficeActivation> findActivation(long redemptionId) {
            return Optional.ofNullable(state.officeActivations.get(redemptionId));
        }
    };

    public final AuditLog audit = new AuditLog() {
        @Override
        public AuditEntry append(AuditEntry entry) {
            AuditEntry saved = entry.withId(nextId());
            state.audit.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Page<AuditEntry> page(AuditFilter filter, PageRequest request) {
            String text = filter.text().toLowerCase(java.util.Locale.ROOT);
            List<AuditEntry> newestFirst = new ArrayList<>(state.audit.descendingMap().values().stream()
                    .filter(e -> filter.accountId().isEmpty() || e.accountId() == filter.accountId().getAsLong())
                    .filter(e -> text.isEmpty() || (e.action() + " " + e.subject() + " " + e.actor())
                            .toLowerCase(java.util.Locale.ROOT).contains(text))
                    .toList());
            return InMemoryStore.page(newestFirst, AuditEntry::id, request);
        }
    };

    /**
     * A copy of everything stored except the audit trail, comparable with {@code equals}: tests
     * check that whatever changes it also appends to the audit trail (R21).
     */
    public List<Object> contentsExceptAudit() {
        return List.of(Map.copyOf(state.accounts), Map.copyOf(state.users), Map.copyOf(state.offers),
                Map.copyOf(state.orders), Map.copyOf(state.invoices), Map.copyOf(state.memberships),
                Map.copyOf(state.tickets), Map.copyOf(state.redemptions), state.documentSequence);
    }

    /** Every audit entry, oldest first. */
    public List<AuditEntry> auditEntries() {
        return List.copyOf(state.audit.values());
    }
}
