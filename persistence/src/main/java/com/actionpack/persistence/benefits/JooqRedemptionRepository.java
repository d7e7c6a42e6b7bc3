package com.actionpack.persistence.benefits;

import static com.actionpack.persistence.jooq.Tables.OFFICE_ACTIVATIONS;
import static com.actionpack.persistence.jooq.Tables.REDEMPTIONS;

import com.actionpack.core.benefits.OfficeActivation;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.persistence.jooq.tables.records.RedemptionsRecord;
import com.actionpack.persistence.ledger.Ledger;
import com.actionpack.persistence.ledger.LedgerChain;
import com.actionpack.persistence.ledger.LedgerSeal;
import java.util.List;
import java.util.Optional;

/** Redemptions (R19): appended, never changed (triggers refuse updates and deletes). */
public final class JooqRedemptionRepository implements RedemptionRepository {

    private final SqliteTransactions tx;
    private final LedgerSeal seal;

    /** @param seal the database's ledger seal: every row is appended under it (R23) */
    public JooqRedemptionRepository(SqliteTransactions tx, LedgerSeal seal) {
        this.tx = tx;
        this.seal = java.util.Objects.requireNonNull(seal, "seal");
    }

    @Override
    public Redemption insert(Redemption redemption) {
        // R23: inserted with its hash, so no row of the ledger is ever without one, nor updated (#16).
        long id = LedgerChain.append(tx.dsl(), seal, Ledger.REDEMPTIONS, toRecord(redemption));
        return redemption.withId(id);
    }

    @Override
    public Optional<Redemption> find(long redemptionId) {
        return tx.dsl().selectFrom(REDEMPTIONS).where(REDEMPTIONS.ID.eq(redemptionId))
                .fetchOptional(JooqRedemptionRepository::toRedemption);
    }

    @Override
    public List<Redemption> listByMembership(long membershipId) {
        return tx.dsl().selectFrom(REDEMPTIONS).where(REDEMPTIONS.MEMBERSHIP_ID.eq(membershipId)).orderBy(REDEMPTIONS.ID)
                .fetch(JooqRedemptionRepository::toRedemption);
    }

    @Override
    public void recordActivation(OfficeActivation a) {
        tx.dsl().insertInto(OFFICE_ACTIVATIONS).set(OFFICE_ACTIVATIONS.REDEMPTION_ID, a.redemptionId())
                .set(OFFICE_ACTIVATIONS.ACTIVATED_ON, a.activatedOn())
                .set(OFFICE_ACTIVATIONS.RECORDED_BY_USER_ID, a.recordedByUserId())
                .set(OFFICE_ACTIVATIONS.RECORDED_AT, Times.toDb(a.recordedAt())).execute();
    }

    @Override
    public Optional<OfficeActivation> findActivation(long redemptionId) {
        return tx.dsl().selectFrom(OFFICE_ACTIVATIONS).where(OFFICE_ACTIVATIONS.REDEMPTION_ID.eq(redemptionId))
                .fetchOptional(r -> new OfficeActivation(r.getRedemptionId(), r.getActivatedOn(), r.getRecordedByUserId(),
                        Times.fromDb(r.getRecordedAt())));
    }

    public static RedemptionsRecord toRecord(Redemption x) {
        RedemptionsRecord r = new RedemptionsRecord();
        r.setMembershipId(x.membershipId());
        r.setAccountId(x.accountId());
        r.setBenefitId(x.benefitId());
        r.setQuantity((long) x.quantity());
        r.setRedeemedByUserId(x.redeemedByUserId());
        r.setRedeemedAt(Times.toDb(x.redeemedAt()));
        r.setTarget(x.target());
        r.setProductKey(x.productKey());
        r.setActivatedOn(x.activatedOn());
        return r;
    }

    public static Redemption toRedemption(RedemptionsRecord r) {
        return new Redemption(r.getId(), r.getMembershipId(), r.getAccountId(), r.getBenefitId(),
                Math.toIntExact(r.getQuantity()), r.getRedeemedByUserId(), Times.fromDb(r.getRedeemedAt()), r.getTarget(),
                r.getProductKey(), r.getActivatedOn());
    }
}
