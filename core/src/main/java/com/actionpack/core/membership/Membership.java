package com.actionpack.core.membership;

import com.actionpack.core.benefits.BenefitPack;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One paid membership term and the state of its benefits.
 *
 * @param benefitsAvailableAt when provisioning completes (paid + 24 hours, R16)
 * @param pack the benefit pack chosen for this term, or null before the choice (R17)
 * @param firstKeyViewedAt when a product key of this term was first shown, or null (R15, R19)
 * @param closedOn the day the term was renewed, expired or cancelled, or null
 */
public record Membership(
        long id,
        long accountId,
        long orderId,
        int term,
        LocalDate startDate,
        MembershipStatus status,
        Instant benefitsAvailableAt,
        BenefitPack pack,
        LocalDate packChosenOn,
        Instant firstKeyViewedAt,
        LocalDate closedOn) {

    public Membership {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(benefitsAvailableAt, "benefitsAvailableAt");
    }

    public MembershipTerm dates() {
        return new MembershipTerm(startDate);
    }

    public boolean benefitsProvisionedAt(Instant now) {
        return !now.isBefore(benefitsAvailableAt);
    }

    public Optional<BenefitPack> chosenPack() {
        return Optional.ofNullable(pack);
    }

    public boolean productKeyViewed() {
        return firstKeyViewedAt != null;
    }

    public Membership withId(long newId) {
        return new Membership(newId, accountId, orderId, term, startDate, status, benefitsAvailableAt, pack,
                packChosenOn, firstKeyViewedAt, closedOn);
    }

    public Membership closed(MembershipStatus newStatus, LocalDate day) {
        return new Membership(id, accountId, orderId, term, startDate, newStatus, benefitsAvailableAt, pack,
                packChosenOn, firstKeyViewedAt, day);
    }

    public Membership withPack(BenefitPack chosen, LocalDate day) {
        return new Membership(id, accountId, orderId, term, startDate, status, benefitsAvailableAt, chosen, day,
                firstKeyViewedAt, closedOn);
    }

    public Membership withBenefitsAvailableAt(Instant at) {
        return new Membership(id, accountId, orderId, term, startDate, status, at, pack, packChosenOn,
                firstKeyViewedAt, closedOn);
    }

    public Membership withKeyViewedAt(Instant at) {
        return new Membership(id, accountId, orderId, term, startDate, status, benefitsAvailableAt, pack,
                packChosenOn, at, closedOn);
    }
}
