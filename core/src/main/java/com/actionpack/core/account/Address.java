package com.actionpack.core.account;

import com.actionpack.core.common.Require;

/** A postal address; {@code country} is an ISO 3166-1 alpha-2 code (R1). */
public record Address(String street, String city, String postalCode, String country) {

    public Address {
        street = Require.text(street, "street");
        city = Require.text(city, "city");
        postalCode = Require.optionalText(postalCode);
        country = Require.countryCode(country);
    }

    public String oneLine() {
        return String.join(", ", street, (postalCode.isEmpty() ? "" : postalCode + " ") + city, country);
    }
}
