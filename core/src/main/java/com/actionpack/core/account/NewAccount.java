package com.actionpack.core.account;

import com.actionpack.core.common.Require;
import java.util.Objects;

/** First-run setup: the partner account's legal profile and its first Global admin (R1, R4). */
public record NewAccount(LegalProfile profile, String adminEmail, String adminName) {

    public NewAccount {
        Objects.requireNonNull(profile, "profile");
        Require.isoCountry(profile.country());
        adminEmail = Require.email(adminEmail);
        adminName = Require.text(adminName, "admin name");
    }
}
