package com.actionpack.core.benefits;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * R13a: how long one Office redemption is valid. Every Office product of a pack (MAPS:
 * Microsoft Office 365 E3, Microsoft Office Professional Plus 2019; LAPS: Microsoft Office 365
 * (E3) Seats) is valid for 365 days from its actual activation date: the redemption day unless
 * an admin recorded a later actual activation. It does not follow the membership's or the
 * benefits' end dates, and outlives them.
 *
 * @param redemption the Office redemption
 * @param benefit its catalog row ({@link CatalogBenefit#isOfficeProduct()})
 * @param activatedOn the actual activation day
 * @param activationRecorded true when {@code activatedOn} was recorded later by an admin
 */
public record OfficeValidity(Redemption redemption, CatalogBenefit benefit, LocalDate activatedOn, boolean activationRecorded) {

    /** R13, R13a: days of validity counted from the actual activation day. */
    public static final int VALIDITY_DAYS = 365;

    public OfficeValidity {
        Objects.requireNonNull(redemption, "redemption");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(activatedOn, "activatedOn");
        if (!benefit.isOfficeProduct()) {
            throw new IllegalArgumentException(benefit.id() + " is not an Office product");
        }
    }

    /** The validity of {@code redemption}, from the recorded activation if there is one, else from its redemption day. */
    public static OfficeValidity of(Redemption redemption, CatalogBenefit benefit, Optional<OfficeActivation> recorded) {
        return new OfficeValidity(redemption, benefit,
                recorded.map(OfficeActivation::activatedOn).orElse(redemption.activatedOn()), recorded.isPresent());
    }

    /** The last day it is valid: actual activation + 365 days. */
    public LocalDate validThrough() {
        return activatedOn.plusDays(VALIDITY_DAYS);
    }

    /** Valid from the actual activation through activation + 365 inclusive; expired from activation + 366. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(activatedOn) && !day.isAfter(validThrough());
    }
}
