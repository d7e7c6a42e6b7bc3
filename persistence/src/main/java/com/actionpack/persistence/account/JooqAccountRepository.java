package com.actionpack.persistence.account;

import com.actionpack.persistence.db.Stored;

import static com.actionpack.persistence.jooq.Tables.ACCOUNTS;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.tables.records.AccountsRecord;
import java.util.Optional;

/** Partner accounts with their legal profile, verification and enrollment (R1-R3). */
public final class JooqAccountRepository implements AccountRepository {

    private final SqliteTransactions tx;

    public JooqAccountRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public PartnerAccount insert(PartnerAccount account) {
        long id = tx.dsl().insertInto(ACCOUNTS).set(toRecord(account)).returning(ACCOUNTS.ID).fetchOne().getId();
        return account.withId(id);
    }

    @Override
    public Optional<PartnerAccount> find(long accountId) {
        return tx.dsl().selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(accountId)).fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public void update(PartnerAccount account) {
        tx.dsl().update(ACCOUNTS).set(toRecord(account)).where(ACCOUNTS.ID.eq(account.id())).execute();
    }

    @Override
    public java.util.List<PartnerAccount> listByVerification(VerificationStatus status) {
        return tx.dsl().selectFrom(ACCOUNTS).where(ACCOUNTS.VERIFICATION.eq(status.name()))
                .and(ACCOUNTS.BACK_OFFICE.isFalse()).orderBy(ACCOUNTS.ID)
                .fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public long count() {
        return tx.dsl().fetchCount(ACCOUNTS, ACCOUNTS.BACK_OFFICE.isFalse());
    }

    @Override
    public PartnerAccount insertBackOffice(PartnerAccount account) {
        AccountsRecord r = toRecord(account);
        r.setBackOffice(true);
        long id = tx.dsl().insertInto(ACCOUNTS).set(r).returning(ACCOUNTS.ID).fetchOne().getId();
        return account.withId(id);
    }

    @Override
    public Optional<PartnerAccount> findBackOffice() {
        return tx.dsl().selectFrom(ACCOUNTS).where(ACCOUNTS.BACK_OFFICE.isTrue()).fetchOptional(JooqAccountRepository::toAccount);
    }

    public static AccountsRecord toRecord(PartnerAccount a) {
        LegalProfile p = a.profile();
        AccountsRecord r = new AccountsRecord();
        r.setPartnerId(a.partnerId());
        r.setLegalName(p.legalName());
        r.setStreet(p.address().street());
        r.setCity(p.address().city());
        r.setPostalCode(p.address().postalCode());
        r.setCountry(p.address().country());
        r.setContactName(p.primaryContact().name());
        r.setContactEmail(p.primaryContact().email());
        r.setContactPhone(p.primaryContact().phone());
        r.setVerification(a.verification().name());
        r.setVerificationNote(a.verificationNote());
        r.setEnrolledOn(a.enrolledOn());
        return r;
    }

    public static PartnerAccount toAccount(AccountsRecord r) {
        // Texts another tool wrote past the input rules read shortened, never as a failure.
        LegalProfile profile = new LegalProfile(Stored.text(r.getLegalName()),
                new Address(Stored.text(r.getStreet()), Stored.text(r.getCity()), Stored.optionalText(r.getPostalCode()),
                        r.getCountry()),
                new Contact(Stored.text(r.getContactName()), r.getContactEmail(), Stored.optionalText(r.getContactPhone())));
        return new PartnerAccount(r.getId(), r.getPartnerId(), profile, VerificationStatus.valueOf(r.getVerification()),
                r.getVerificationNote(), r.getEnrolledOn());
    }
}
