package com.actionpack.persistence.offer;

import static com.actionpack.persistence.jooq.Tables.COUNTRY_OFFERS;

import com.actionpack.core.common.Money;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.offer.OfferRepository;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.tables.records.CountryOffersRecord;
import java.util.List;
import java.util.Optional;

/** The price and payment table per country (R8, R10). */
public final class JooqOfferRepository implements OfferRepository {

    private final SqliteTransactions tx;

    public JooqOfferRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<CountryOffer> find(String country) {
        return tx.dsl().selectFrom(COUNTRY_OFFERS).where(COUNTRY_OFFERS.COUNTRY.eq(country))
                .fetchOptional(JooqOfferRepository::toOffer);
    }

    @Override
    public List<CountryOffer> list() {
        return tx.dsl().selectFrom(COUNTRY_OFFERS).orderBy(COUNTRY_OFFERS.COUNTRY).fetch(JooqOfferRepository::toOffer);
    }

    @Override
    public void save(CountryOffer offer) {
        CountryOffersRecord r = new CountryOffersRecord(offer.country(), offer.price().minor(), offer.price().currency(),
                (long) offer.taxBasisPoints(), offer.cardAllowed(), offer.wireBankDetails());
        tx.dsl().insertInto(COUNTRY_OFFERS).set(r).onConflict(COUNTRY_OFFERS.COUNTRY).doUpdate().set(r).execute();
    }

    static CountryOffer toOffer(CountryOffersRecord r) {
        return new CountryOffer(r.getCountry(), Money.of(r.getPriceMinor(), r.getCurrency()),
                Math.toIntExact(r.getTaxBasisPoints()), r.getCardAllowed(), r.getWireBankDetails());
    }
}
