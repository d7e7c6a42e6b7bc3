package com.actionpack.core.usecase.benefits;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.OfficeActivation;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case (R13a): an admin records that an Office product was actually activated later than
 * the day it was redeemed; its 365 days of validity then count from that day. Recorded once,
 * never in the future, never before the redemption; every failing condition is listed.
 */
public final class RecordOfficeActivation {

    /**
     * @param redemptionId the Office redemption
     * @param activatedOn the actual activation day
     */
    public record Command(long redemptionId, LocalDate activatedOn) {
        public Command {
            Objects.requireNonNull(activatedOn, "activatedOn");
        }
    }

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final RedemptionRepository redemptions;
    private final OfficeValidities office;
    private final Auditor auditor;
    private final Clock clock;

    public RecordOfficeActivation(Transactions tx, ActingUsers acting, AccessPolicy access, RedemptionRepository redemptions,
            BenefitCatalog catalog, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.redemptions = redemptions;
        this.office = new OfficeValidities(catalog, redemptions);
        this.auditor = auditor;
        this.clock = clock;
    }

    public OfficeValidity record(Actor actor, Command command) {
        return tx.write(() -> {
            User user = acting.user(actor);
            List<Reason> reasons = new ArrayList<>();
            access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
            Redemption r = redemptions.find(command.redemptionId()).filter(x -> x.accountId() == user.accountId())
                    .orElseThrow(() -> ActionRefusedException.of(ReasonCode.NOT_FOUND,
                            "There is no redemption with that id for this account.", "Pick an Office redemption from the list."));
            OfficeValidity before = office.of(r).orElseThrow(() -> ActionRefusedException.of(ReasonCode.INVALID_INPUT,
                    r.benefitId() + " is not an Office product: only Office products have an activation date to record.",
                    "Pick an Office redemption from the list."));
            LocalDate day = command.activatedOn();
            LocalDate today = LocalDate.now(clock);
            if (before.activationRecorded()) {
                reasons.add(Reason.of(ReasonCode.CONFLICT, "Its actual activation was already recorded as " + before.activatedOn() + ".",
                        "An activation is recorded once; it is valid through " + before.validThrough() + "."));
            }
            if (!day.isAfter(r.activatedOn())) {
                reasons.add(Reason.of(ReasonCode.INVALID_INPUT, day + " is not after the redemption day " + r.activatedOn() + ".",
                        "Nothing to record: its validity already counts from " + r.activatedOn() + "."));
            }
            if (day.isAfter(today)) {
                reasons.add(Reason.of(ReasonCode.INVALID_INPUT, day + " is in the future.",
                        "Record the activation on or after the day it happens."));
            }
            ActionRefusedException.throwIfAny(reasons);
            redemptions.recordActivation(new OfficeActivation(r.id(), day, user.id(), clock.instant()));
            OfficeValidity after = office.of(r).orElseThrow();
            auditor.record(user, actor, "benefits.office-activated", r.benefitId() + " redemption " + r.id(),
                    "activated " + before.activatedOn() + ", valid through " + before.validThrough(),
                    "activated " + after.activatedOn() + ", valid through " + after.validThrough());
            return after;
        });
    }
}
