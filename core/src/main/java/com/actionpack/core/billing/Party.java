package com.actionpack.core.billing;

import com.actionpack.core.account.Address;
import com.actionpack.core.account.LegalProfile;

/** Sold-to or bill-to on an invoice: the legal name and address at the time of issue (R9). */
public record Party(String legalName, Address address) {

    public static Party of(LegalProfile profile) {
        return new Party(profile.legalName(), profile.address());
    }
}
