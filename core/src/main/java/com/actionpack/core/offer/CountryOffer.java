package com.actionpack.core.offer;

import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.Require;
import java.util.Objects;

/**
 * The Action Pack's price, tax and payment options in one country (R8, R10). The source gives
 * no price: the table is seeded with a default and an operator edits it.
 *
 * @param country ISO code, or {@link #DEFAULT_COUNTRY} for the row used when a country has none
 * @param taxBasisPoints tax rate in 1/100 of a percent (2000 = 20 %)
 * @param cardAllowed false where credit card is not offered (wire transfer only, R8)
 * @param wireBankDetails bank account details shown with wire-transfer instructions
 */
public record CountryOffer(
        String country, Money price, int taxBasisPoints, boolean cardAllowed, String wireBankDetails) {

    /** ISO 3166 user-assigned code for "unknown": the fallback row. */
    public static final String DEFAULT_COUNTRY = "ZZ";

    public CountryOffer {
        country = Require.countryCode(country);
        Objects.requireNonNull(price, "price");
        if (price.minor() <= 0) {
            throw InvalidInputException.of("price", "must be more than zero", "type the yearly price, e.g. 475.00");
        }
        if (taxBasisPoints < 0 || taxBasisPoints > 10_000) {
            throw InvalidInputException.of("tax rate", "must be between 0 % and 100 %", "type a percentage such as 19 or 8.25");
        }
        wireBankDetails = Require.text(wireBankDetails, "wire bank details");
    }

    public Money tax() {
        return price.percentBasisPoints(taxBasisPoints);
    }

    public Money total() {
        return price.plus(tax());
    }

    /** e.g. {@code 20.00 %}. */
    public String taxRateText() {
        return java.math.BigDecimal.valueOf(taxBasisPoints, 2).toPlainString() + " %";
    }
}
