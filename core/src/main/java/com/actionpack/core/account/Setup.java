package com.actionpack.core.account;

/** What first-run setup created. */
public record Setup(PartnerAccount account, User globalAdmin) {
}
