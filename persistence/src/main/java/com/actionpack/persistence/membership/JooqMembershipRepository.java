package com.actionpack.persistence.membership;

import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.persistence.jooq.tables.records.MembershipsRecord;
import java.util.List;
import java.util.Optional;

/** Membership terms and the state of their benefits (R11-R17). */
public final class JooqMembershipRepository implements MembershipRepository {

    private final SqliteTransactions tx;

    public JooqMembershipRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Membership insert(Membership membership) {
        long id = tx.dsl().insertInto(MEMBERSHIPS).set(toRecord(membership)).returning(MEMBERSHIPS.ID).fetchOne().getId();
        return membership.withId(id);
    }

    @Override
    public void update(Membership m) {
        tx.dsl().update(MEMBERSHIPS)
                .set(MEMBERSHIPS.STATUS, m.status().name())
                .set(MEMBERSHIPS.BENEFITS_AVAILABLE_AT, Times.toDb(m.benefitsAvailableAt()))
                .set(MEMBERSHIPS.PACK, m.pack() == null ? null : m.pack().name())
                .set(MEMBERSHIPS.PACK_CHOSEN_ON, m.packChosenOn())
                .set(MEMBERSHIPS.FIRST_KEY_VIEWED_AT, Times.toDb(m.firstKeyViewedAt()))
                .set(MEMBERSHIPS.CLOSED_ON, m.closedOn())
                .where(MEMBERSHIPS.ID.eq(m.id())).execute();
    }

    @Override
    public Optional<Membership> find(long membershipId) {
        return tx.dsl().selectFrom(MEMBERSHIPS).where(MEMBERSHIPS.ID.eq(membershipId))
                .fetchOptional(JooqMembershipRepository::toMembership);
    }

    @Override
    public Optional<Membership> findByOrder(long orderId) {
        return tx.dsl().selectFrom(MEMBERSHIPS).where(MEMBERSHIPS.ORDER_ID.eq(orderId))
                .fetchOptional(JooqMembershipRepository::toMembership);
    }

    @Override
    public List<Membership> listByAccount(long accountId) {
        return tx.dsl().selectFrom(MEMBERSHIPS).where(MEMBERSHIPS.ACCOUNT_ID.eq(accountId)).orderBy(MEMBERSHIPS.ID.desc())
                .fetch(JooqMembershipRepository::toMembership);
    }

    @Override
    public List<Membership> listProvisioning(java.time.Instant now) {
        return tx.dsl().selectFrom(MEMBERSHIPS)
                .where(MEMBERSHIPS.STATUS.eq(MembershipStatus.ACTIVE.name()))
                .and(MEMBERSHIPS.BENEFITS_AVAILABLE_AT.gt(Times.toDb(now)))
                .orderBy(MEMBERSHIPS.BENEFITS_AVAILABLE_AT, MEMBERSHIPS.ID)
                .fetch(JooqMembershipRepository::toMembership);
    }

    public static MembershipsRecord toRecord(Membership m) {
        MembershipsRecord r = new MembershipsRecord();
        r.setAccountId(m.accountId());
        r.setOrderId(m.orderId());
        r.setTerm((long) m.term());
        r.setStartDate(m.startDate());
        r.setStatus(m.status().name());
        r.setBenefitsAvailableAt(Times.toDb(m.benefitsAvailableAt()));
        r.setPack(m.pack() == null ? null : m.pack().name());
        r.setPackChosenOn(m.packChosenOn());
        r.setFirstKeyViewedAt(Times.toDb(m.firstKeyViewedAt()));
        r.setClosedOn(m.closedOn());
        return r;
    }

    public static Membership toMembership(MembershipsRecord r) {
        return new Membership(r.getId(), r.getAccountId(), r.getOrderId(), Math.toIntExact(r.getTerm()), r.getStartDate(),
                MembershipStatus.valueOf(r.getStatus()), Times.fromDb(r.getBenefitsAvailableAt()),
                r.getPack() == null ? null : BenefitPack.valueOf(r.getPack()), r.getPackChosenOn(),
                Times.fromDb(r.getFirstKeyViewedAt()), r.getClosedOn());
    }
}
