package com.actionpack.core.benefits;

/** The source's "Benefit Type" column; LAPS rows state none (R18). */
public enum BenefitType {
    CLOUD_SERVICE("Cloud Service"),
    ON_PREMISES("On-premises"),
    NOT_STATED("");

    private final String sourceText;

    BenefitType(String sourceText) {
        this.sourceText = sourceText;
    }

    /** The text as written in the source table. */
    public String sourceText() {
        return sourceText;
    }
}
