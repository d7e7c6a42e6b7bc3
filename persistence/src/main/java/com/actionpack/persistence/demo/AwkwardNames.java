package com.actionpack.persistence.demo;

/**
 * Company names that break careless exporters and screens: commas, quotes, newlines, other
 * scripts, and the leading =, +, -, @ that spreadsheets take for formulas.
 */
final class AwkwardNames {

    private static final String[] NAMES = {
        "Contoso Ltd",
        "Fabrikam, Inc.",
        "\"Quoted\" Consulting LLC",
        "O'Brien & Sons; Partners",
        "Line One\nLine Two GmbH",
        "株式会社テスト",
        "ООО «Ромашка»",
        "شركة المثال",
        "Ünïcödé Systèmes SARL",
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1 Solutions",
        "-Minus Corp",
        "@Mention Labs",
        "Tab\tSeparated Pty",
        "Δέλτα Α.Ε.",
        "🚀 Rocket Partners",
    };

    private AwkwardNames() {
    }

    static String name(long i) {
        return NAMES[(int) (i % NAMES.length)] + " #" + i;
    }
}
