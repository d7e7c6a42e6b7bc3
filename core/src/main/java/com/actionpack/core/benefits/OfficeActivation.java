package com.actionpack.core.benefits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * R13a: the actual activation day of an Office product, recorded by an admin when it is later
 * than the redemption day (a key or seats redeemed now and activated later). Recorded once per
 * redemption, beside it: the redemption itself is never edited (R19).
 *
 * @param redemptionId the Office redemption it dates
 * @param activatedOn the actual activation day, on or after the redemption day and not in the future
 * @param recordedByUserId who recorded it
 * @param recordedAt when it was recorded
 */
public record OfficeActivation(long redemptionId, LocalDate activatedOn, long recordedByUserId, Instant recordedAt) {

    public OfficeActivation {
        Objects.requireNonNull(activatedOn, "activatedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
