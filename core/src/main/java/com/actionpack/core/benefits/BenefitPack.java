package com.actionpack.core.benefits;

/** The two benefit tracks of one Action Pack purchase (R17). */
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

    public String audience() {
        return audience;
    }
}
