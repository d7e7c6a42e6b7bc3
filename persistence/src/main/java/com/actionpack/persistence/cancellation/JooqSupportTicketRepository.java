package com.actionpack.persistence.cancellation;

import static com.actionpack.persistence.jooq.Tables.SUPPORT_TICKETS;

import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.SupportTicketRepository;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.tables.records.SupportTicketsRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cancellation requests as support tickets (R15). */
public final class JooqSupportTicketRepository implements SupportTicketRepository {

    private final SqliteTransactions tx;

    public JooqSupportTicketRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public SupportTicket insert(SupportTicket t) {
        SupportTicketsRecord r = new SupportTicketsRecord();
        r.setNumber("pending-" + UUID.randomUUID());
        r.setAccountId(t.accountId());
        r.setOrderId(t.orderId());
        r.setMembershipId(t.membershipId());
        r.setStatus(t.status().name());
        r.setRequestText(t.requestText());
        r.setOpenedByUserId(t.openedByUserId());
        r.setOpenedOn(t.openedOn());
        r.setDecisionNote(t.decisionNote());
        r.setDecidedOn(t.decidedOn());
        long id = tx.dsl().insertInto(SUPPORT_TICKETS).set(r).returning(SUPPORT_TICKETS.ID).fetchOne().getId();
        String number = String.format("SR-%08d", id);
        tx.dsl().update(SUPPORT_TICKETS).set(SUPPORT_TICKETS.NUMBER, number).where(SUPPORT_TICKETS.ID.eq(id)).execute();
        return t.withId(id, number);
    }

    @Override
    public void update(SupportTicket t) {
        tx.dsl().update(SUPPORT_TICKETS)
                .set(SUPPORT_TICKETS.STATUS, t.status().name())
                .set(SUPPORT_TICKETS.DECISION_NOTE, t.decisionNote())
                .set(SUPPORT_TICKETS.DECIDED_ON, t.decidedOn())
                .where(SUPPORT_TICKETS.ID.eq(t.id())).execute();
    }

    @Override
    public Optional<SupportTicket> find(long ticketId) {
        return tx.dsl().selectFrom(SUPPORT_TICKETS).where(SUPPORT_TICKETS.ID.eq(ticketId))
                .fetchOptional(JooqSupportTicketRepository::toTicket);
    }

    @Override
    public List<SupportTicket> listByAccount(long accountId) {
        return tx.dsl().selectFrom(SUPPORT_TICKETS).where(SUPPORT_TICKETS.ACCOUNT_ID.eq(accountId))
                .orderBy(SUPPORT_TICKETS.ID.desc()).fetch(JooqSupportTicketRepository::toTicket);
    }

    @Override
    public List<SupportTicket> listInProgress() {
        return tx.dsl().selectFrom(SUPPORT_TICKETS).where(SUPPORT_TICKETS.STATUS.eq(TicketStatus.IN_PROGRESS.name()))
                .orderBy(SUPPORT_TICKETS.ID).fetch(JooqSupportTicketRepository::toTicket);
    }

    static SupportTicket toTicket(SupportTicketsRecord r) {
        return new SupportTicket(r.getId(), r.getNumber(), r.getAccountId(), r.getOrderId(), r.getMembershipId(),
                TicketStatus.valueOf(r.getStatus()), r.getRequestText(), r.getOpenedByUserId(), r.getOpenedOn(),
                r.getDecisionNote(), r.getDecidedOn());
    }
}
