package com.actionpack.core.account;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The Partner Global Account (R1): the purchasing entity everything else belongs to.
 *
 * @param partnerId the PartnerID quoted on invoices and wire transfers
 * @param verificationNote the operator's note on the last decision, or the admin's appeal
 * @param enrolledOn the day the account joined the AI Cloud Partner Program (R3), or null
 */
public record PartnerAccount(
        long id,
        String partnerId,
        LegalProfile profile,
        VerificationStatus verification,
        String verificationNote,
        LocalDate enrolledOn) {

    public PartnerAccount {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(verification, "verification");
        verificationNote = verificationNote == null ? "" : verificationNote;
    }

    /** The PartnerID for an account id: seven digits, as partner IDs are written. */
    public static String partnerIdFor(long accountId) {
        return String.valueOf(4_000_000 + accountId);
    }

    public boolean isEnrolled() {
        return enrolledOn != null;
    }

    public Optional<LocalDate> enrollment() {
        return Optional.ofNullable(enrolledOn);
    }

    public boolean isVerified() {
        return verification == VerificationStatus.VERIFIED;
    }

    public String country() {
        return profile.country();
    }

    public PartnerAccount withId(long newId) {
        return new PartnerAccount(newId, partnerId, profile, verification, verificationNote, enrolledOn);
    }

    public PartnerAccount withProfile(LegalProfile newProfile) {
        return new PartnerAccount(id, partnerId, newProfile, verification, verificationNote, enrolledOn);
    }

    public PartnerAccount withVerification(VerificationStatus status, String note) {
        return new PartnerAccount(id, partnerId, profile, status, note, enrolledOn);
    }

    public PartnerAccount withEnrollment(LocalDate date) {
        return new PartnerAccount(id, partnerId, profile, verification, verificationNote, date);
    }
}
