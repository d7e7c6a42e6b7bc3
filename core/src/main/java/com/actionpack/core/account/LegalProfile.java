package com.actionpack.core.account;

import com.actionpack.core.common.Require;
import java.util.Objects;

/** The legal business profile Microsoft verifies (R1, R2). */
public record LegalProfile(String legalName, Address address, Contact primaryContact) {

    public LegalProfile {
        legalName = Require.text(legalName, "legal company name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(primaryContact, "primary contact");
    }

    public String country() {
        return address.country();
    }
}
