package com.actionpack.core.account;

import com.actionpack.core.common.Require;

/** The account's primary contact (R1). */
public record Contact(String name, String email, String phone) {

    public Contact {
        name = Require.text(name, "contact name");
        email = Require.email(email);
        phone = Require.optionalText(phone);
    }
}
