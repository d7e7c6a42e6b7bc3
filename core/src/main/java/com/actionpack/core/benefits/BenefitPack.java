package com.actionpack.core.benefits;

/**
 * The two benefit tracks of one Action Pack purchase (R17). Which pack fits whom is said when
 * choosing (R17a: MAPS for services partners, LAPS for training partners) but not enforced.
 */
public enum BenefitPack {
    MAPS("Microsoft Action Pack Subscription", "for most services partners"),
    LAPS("Learning Action Pack Subscription", "for training services partners");

    private final String title;
    private final String audience;

    BenefitPack(String title, String audience) {
        this.title = title;
        this.audience = audience;
    }

    public String title() {
        return title;
    }

    /** Whom the pack fits, e.g. "for most services partners" (R17a); advice, not a check. */
    public String audience() {
        return audience;
    }
}
