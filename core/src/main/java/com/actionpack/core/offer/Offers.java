package com.actionpack.core.offer;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;

/** The offer that applies to a country: its own row, else the default row (R10). */
public final class Offers {

    private final OfferRepository offers;

    public Offers(OfferRepository offers) {
        this.offers = offers;
    }

    public CountryOffer forCountry(String country) {
        return offers.find(country)
                .or(() -> offers.find(CountryOffer.DEFAULT_COUNTRY))
                .orElseThrow(() -> ActionRefusedException.of(ReasonCode.NO_PRICE_FOR_COUNTRY,
                        "There is no Action Pack price for " + country + " and no default price.",
                        "Ask an operator to set a price in Operator > Prices."));
    }
}
