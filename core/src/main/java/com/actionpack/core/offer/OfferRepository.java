package com.actionpack.core.offer;

import java.util.List;
import java.util.Optional;

/** Out-port: the price and payment table per country (R8, R10). */
public interface OfferRepository {

    Optional<CountryOffer> find(String country);

    List<CountryOffer> list();

    /** Inserts or replaces the row of {@code offer.country()}. */
    void save(CountryOffer offer);
}
