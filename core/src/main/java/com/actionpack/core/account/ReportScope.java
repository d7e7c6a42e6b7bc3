package com.actionpack.core.account;

import java.util.Optional;

/**
 * Whose data a report may contain: every account's (operators) or one account's.
 *
 * @param partnerId the one account's PartnerID, or empty for every account
 */
public record ReportScope(Optional<Long> accountId, Optional<String> partnerId) {

    public static ReportScope allAccounts() {
        return new ReportScope(Optional.empty(), Optional.empty());
    }

    public static ReportScope account(long accountId, String partnerId) {
        return new ReportScope(Optional.of(accountId), Optional.of(partnerId));
    }

    public boolean everyAccount() {
        return accountId.isEmpty();
    }
}
