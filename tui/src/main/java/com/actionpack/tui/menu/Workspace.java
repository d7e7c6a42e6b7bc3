package com.actionpack.tui.menu;

/** The workspaces of the main menu, in the order they are listed. */
public enum Workspace {
    MEMBERSHIP("Membership", "Offer card, buy or renew, membership dates"),
    BILLS("Bills and payments", "Orders, invoices and credit notes"),
    BENEFITS("Benefits", "Choose MAPS or LAPS, see and redeem benefits"),
    FAQ("FAQ", "Questions and answers, with search"),
    ACCOUNT("Account and users", "Legal profile, users and roles"),
    OPERATOR("Operator", "Wire payments, verifications, prices"),
    REPORTS("Reports", "Run a report into a file"),
    AUDIT("Audit", "Who did what, and when");

    private final String title;
    private final String summary;

    Workspace(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
