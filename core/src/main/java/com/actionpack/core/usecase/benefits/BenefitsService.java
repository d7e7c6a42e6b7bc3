package com.actionpack.core.usecase.benefits;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.ProductKeyIssuer;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionKind;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import com.actionpack.core.usecase.eligibility.AccountStates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** In-port: the Benefits workspace (R13, R16, R17, R19). */
public final class BenefitsService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountStates states;
    private final MembershipRepository memberships;
    private final BenefitCatalog catalog;
    private final RedemptionRepository redemptions;
    private final ProductKeyIssuer keys;
    private final Auditor auditor;
    private final Clock clock;

    public BenefitsService(Transactions tx, ActingUsers acting, AccessPolicy access, AccountStates states,
            MembershipRepository memberships, BenefitCatalog catalog, RedemptionRepository redemptions,
            ProductKeyIssuer keys, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.states = states;
        this.memberships = memberships;
        this.catalog = catalog;
        this.redemptions = redemptions;
        this.keys = keys;
        this.auditor = auditor;
        this.clock = clock;
    }

    public BenefitsOverview overview(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            AccountState state = states.load(acting.accountOf(user));
            LocalDate today = LocalDate.now(clock);
            Optional<Membership> current = state.currentMembership(today);
            List<TermBenefits> earlier = state.termsWithUsableBenefits(today).stream()
                    .filter(m -> current.map(c -> c.id() != m.id()).orElse(true))
                    .map(this::earlierTerm).toList();
            if (current.isEmpty()) {
                return new BenefitsOverview(Optional.empty(), BenefitsStatus.NONE, Optional.empty(), Optional.empty(),
                        false, List.of(), List.of(), earlier, List.of());
            }
            Membership m = current.get();
            boolean available = m.benefitsProvisionedAt(clock.instant());
            List<Redemption> used = redemptions.listByMembership(m.id());
            List<BenefitLine> lines = m.chosenPack().map(pack -> lines(pack, used)).orElse(List.of());
            // R17a: the choice is offered exactly when choosePack would accept it; otherwise say why.
            List<Reason> choiceReasons = available && m.pack() == null ? choiceReasons(user, state) : List.of();
            return new BenefitsOverview(current, available ? BenefitsStatus.AVAILABLE : BenefitsStatus.PROVISIONING,
                    Optional.of(m.benefitsAvailableAt()), m.chosenPack(), available && m.pack() == null && choiceReasons.isEmpty(),
                    lines, used.stream().map(Redemption::withKeyHidden).toList(), earlier, choiceReasons);
        });
    }

    /** R17a: why this user may not choose the pack of a provisioned term that has none yet (empty: may). */
    private List<Reason> choiceReasons(User user, AccountState state) {
        List<Reason> reasons = new ArrayList<>();
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        state.cancellationInProgress().ifPresent(t -> reasons.add(Reason.of(ReasonCode.CANCELLATION_IN_PROGRESS,
                "Cancellation " + t.number() + " is in progress.", "Benefits are held until support processes it.")));
        return reasons;
    }

    private TermBenefits earlierTerm(Membership m) {
        List<Redemption> used = redemptions.listByMembership(m.id());
        return new TermBenefits(m, m.dates().benefitsEndDate(), m.chosenPack().map(p -> lines(p, used)).orElse(List.of()),
                used.stream().map(Redemption::withKeyHidden).toList());
    }

    /**
     * Read-only "may this user choose the pack of the current term now, and if not every reason
     * why" (R17, R17a): the role, no cancellation in progress, a current term, provisioned, with
     * no pack chosen yet. Empty when {@link #choosePack} would accept it; both decide with the
     * same method. Stores nothing.
     */
    public List<Reason> mayChoosePack(Actor actor) {
        return tx.read(() -> {
            try {
                packProblems(acting.user(actor));
                return List.of();
            } catch (ActionRefusedException refused) {
                return refused.reasons();
            }
        });
    }

    /** The term whose pack may be chosen now; refused with every reason otherwise. */
    private Membership packProblems(User user) {
        Membership m = provisionedMembership(user, new ArrayList<>());
        if (m.pack() != null) {
            throw ActionRefusedException.of(ReasonCode.PACK_ALREADY_CHOSEN,
                    "This term's benefit pack is " + m.pack() + ", chosen on " + m.packChosenOn() + ".",
                    "The pack cannot be changed until your next renewal.");
        }
        return m;
    }

    /** Both catalogs, to compare before choosing (R18). */
    public List<CatalogBenefit> catalog(BenefitPack pack) {
        return tx.read(() -> catalog.list(pack));
    }

    /**
     * R17, R17a: once provisioned, a Global admin or MPN Partner admin chooses MAPS or LAPS for the
     * term; it cannot be changed in that term, and each new term (renewal or new purchase) asks again.
     */
    public Membership choosePack(Actor actor, BenefitPack pack) {
        return tx.write(() -> {
            User user = acting.user(actor);
            Membership m = packProblems(user);
            Membership chosen = m.withPack(pack, LocalDate.now(clock));
            memberships.update(chosen);
            auditor.record(user, actor, "benefits.pack-chosen", "membership term " + m.term(), "no pack chosen",
                    pack.name());
            return chosen;
        });
    }

    /**
     * Read-only "may I redeem from this benefit, and why not" (R19): every reason the Redeem form
     * should not even open (no provisioned membership, no pack, not in the pack, nothing left).
     * Empty when some of it can be redeemed. Stores nothing.
     *
     * @param membershipId 0 for the current term, else an earlier term whose benefits still run
     */
    public List<Reason> mayRedeem(Actor actor, String benefitId, long membershipId) {
        return tx.read(() -> {
            try {
                Redeemable r = redeemable(acting.user(actor), benefitId, membershipId);
                return r.left() > 0 ? List.of() : List.of(exceeded(r));
            } catch (ActionRefusedException refused) {
                return refused.reasons();
            }
        });
    }

    /**
     * Read-only: every reason {@link #redeem} would refuse this command (quantity over what is
     * left, a benefit whose redemption kind needs a target (R18a) without one, and {@link #mayRedeem}'s). Stores nothing, so the
     * console asks it before it asks the user to confirm a redemption.
     */
    public List<Reason> checkRedeem(Actor actor, RedeemBenefit command) {
        return tx.read(() -> {
            try {
                return commandProblems(redeemable(acting.user(actor), command.benefitId(), command.membershipId()), command);
            } catch (ActionRefusedException refused) {
                return refused.reasons();
            }
        });
    }

    /** A benefit of the current, provisioned term's pack, with what is used and left of it. */
    private record Redeemable(Membership membership, CatalogBenefit benefit, int used, int left) {
    }

    private Redeemable redeemable(User user, String benefitId, long membershipId) {
        List<Reason> reasons = new ArrayList<>();
        Membership m = membershipId == 0 ? provisionedMembership(user, reasons)
                : earlierTermWithBenefits(user, membershipId, reasons);
        if (m.pack() == null) {
            throw ActionRefusedException.of(ReasonCode.PACK_NOT_CHOSEN, "No benefit pack is chosen yet.",
                    "Choose MAPS or LAPS first.");
        }
        CatalogBenefit benefit = catalog.find(benefitId).filter(b -> b.pack() == m.pack())
                .orElseThrow(() -> ActionRefusedException.of(ReasonCode.BENEFIT_NOT_IN_PACK,
                        "'" + benefitId + "' is not a benefit of " + m.pack() + ".",
                        "Pick a benefit from the list."));
        int used = redemptions.listByMembership(m.id()).stream()
                .filter(r -> r.benefitId().equals(benefit.id())).mapToInt(Redemption::quantity).sum();
        return new Redeemable(m, benefit, used, benefit.redeemableUnits() - used);
    }

    private static Reason exceeded(Redeemable r) {
        return Reason.of(ReasonCode.QUANTITY_EXCEEDED,
                "Only " + Math.max(0, r.left()) + " of " + r.benefit().redeemableUnits() + " left for "
                        + r.benefit().name() + ".",
                r.left() > 0 ? "Redeem " + r.left() + " or fewer." : "This benefit is fully redeemed for this term.");
    }

    private static List<Reason> commandProblems(Redeemable r, RedeemBenefit command) {
        List<Reason> reasons = new ArrayList<>();
        if (command.quantity() > r.left()) {
            reasons.add(exceeded(r));
        }
        // R18a: the row's redemption kind, not its published type, says what redeeming needs and gives.
        if (r.benefit().redemptionKind().needsTarget() && command.target().isEmpty()) {
            reasons.add(Reason.of(ReasonCode.TARGET_REQUIRED, r.benefit().name() + " is activated for a tenant or user.",
                    "Type the tenant domain or user to activate it for."));
        }
        return reasons;
    }

    /** R19: redeem part or all of a benefit's quantity; never more than is left. */
    public Redemption redeem(Actor actor, RedeemBenefit command) {
        return tx.write(() -> {
            User user = acting.user(actor);
            Redeemable r = redeemable(user, command.benefitId(), command.membershipId());
            ActionRefusedException.throwIfAny(commandProblems(r, command));
            Membership m = r.membership();
            CatalogBenefit benefit = r.benefit();
            int used = r.used();
            RedemptionKind kind = benefit.redemptionKind();
            Instant now = clock.instant();
            String target = kind.needsTarget() ? command.target() : "";
            Redemption saved = redemptions.insert(new Redemption(0, m.id(), m.accountId(), benefit.id(), command.quantity(),
                    user.id(), now, target, benefit.revealsProductKey() ? keys.issue(benefit) : "", LocalDate.now(clock)));
            auditor.record(user, actor, "benefits.redeemed", benefit.id() + " " + benefit.name(),
                    used + " of " + benefit.redeemableUnits() + " used",
                    (used + command.quantity()) + " of " + benefit.redeemableUnits() + " used" + outcome(kind, target, m));
            return saved;
        });
    }

    /**
     * Read-only "may this user see this product key, and why not" (R15, R19): the role, and a
     * key of their own account. Empty when {@link #viewProductKey} would show it; both decide
     * with the same method. Whether viewing ends the right to cancel is the caller's to say.
     */
    public List<Reason> mayViewProductKey(Actor actor, long redemptionId) {
        return tx.read(() -> keyProblems(acting.user(actor), redemptionId).reasons());
    }

    private record KeyCheck(Optional<Redemption> redemption, List<Reason> reasons) {
    }

    private KeyCheck keyProblems(User user, long redemptionId) {
        List<Reason> reasons = new ArrayList<>();
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        Optional<Redemption> r = redemptions.find(redemptionId).filter(x -> x.accountId() == user.accountId())
                .filter(x -> !x.productKey().isEmpty());
        if (r.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_FOUND, "There is no product key with that id for this account.",
                    "Pick a redemption from the list."));
        }
        return new KeyCheck(r, reasons);
    }

    /** Shows a product key; the first view ends the right to cancel the purchase (R15, R19). */
    public String viewProductKey(Actor actor, long redemptionId) {
        return tx.write(() -> {
            User user = acting.user(actor);
            KeyCheck check = keyProblems(user, redemptionId);
            ActionRefusedException.throwIfAny(check.reasons());
            Redemption r = check.redemption().orElseThrow();
            Membership m = memberships.find(r.membershipId()).orElseThrow();
            if (!m.productKeyViewed()) {
                memberships.update(m.withKeyViewedAt(clock.instant()));
                auditor.record(user, actor, "benefits.key-viewed", r.benefitId() + " redemption " + r.id(),
                        "no key viewed", "first product key viewed: cancellation no longer possible");
            }
            return r.productKey();
        });
    }

    /** Operator: current terms whose benefits are still being provisioned, soonest first (R16). */
    public List<Membership> provisioning(Actor actor) {
        return tx.read(() -> {
            access.require(acting.user(actor), Permission.OPERATE);
            return memberships.listProvisioning(clock.instant());
        });
    }

    /**
     * Read-only "may this operator provision this term's benefits now, and if not every reason
     * why" (R16): not an operator; no such membership; benefits available already. Empty when
     * {@link #provisionNow} would provision them; both decide with the same method.
     */
    public List<Reason> mayProvisionNow(Actor actor, long membershipId) {
        return tx.read(() -> provisionProblems(acting.user(actor), membershipId, clock.instant()).reasons());
    }

    /** What {@link #provisionProblems} found: the membership when there is one, and every reason to refuse. */
    private record ProvisionCheck(Optional<Membership> membership, List<Reason> reasons) {
    }

    private ProvisionCheck provisionProblems(User operator, long membershipId, Instant now) {
        List<Reason> reasons = new ArrayList<>();
        access.check(operator, Permission.OPERATE).ifPresent(reasons::add);
        Optional<Membership> m = memberships.find(membershipId);
        if (m.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_FOUND, "There is no such membership.",
                    "Refresh the queue (r) and pick one from it."));
        } else if (m.get().benefitsProvisionedAt(now)) {
            reasons.add(Reason.of(ReasonCode.ALREADY_PROVISIONED, "The benefits of term " + m.get().term()
                    + " are available already (since " + m.get().benefitsAvailableAt() + ").",
                    "Nothing to do: refresh the queue (r)."));
        }
        return new ProvisionCheck(m, reasons);
    }

    /** Operator: complete provisioning now instead of waiting up to 24 hours (R16). */
    public Membership provisionNow(Actor actor, long membershipId) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            Instant now = clock.instant();
            ProvisionCheck check = provisionProblems(operator, membershipId, now);
            ActionRefusedException.throwIfAny(check.reasons());
            Membership m = check.membership().orElseThrow();
            Membership done = m.withBenefitsAvailableAt(now);
            memberships.update(done);
            auditor.recordFor(m.accountId(), operator, actor, "benefits.provisioned", "membership term " + m.term(),
                    "PROVISIONING until " + m.benefitsAvailableAt(), "AVAILABLE");
            return done;
        });
    }

    private static String outcome(RedemptionKind kind, String target, Membership m) {
        return switch (kind) {
            case PRODUCT_KEY -> ", product key issued";
            case ACTIVATION -> ", activated for " + target;
            case RECURRING_CREDIT -> ", activated for " + target + ", credited monthly until "
                    + m.dates().benefitsEndDate();
            case SERVICE_UNITS -> "";
        };
    }

    /** R12a: a renewed term whose benefits still run may be redeemed from until its AD + 30. */
    private Membership earlierTermWithBenefits(User user, long membershipId, List<Reason> reasons) {
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        AccountState state = states.load(acting.accountOf(user));
        LocalDate today = LocalDate.now(clock);
        Optional<Membership> term = state.memberships().stream().filter(m -> m.id() == membershipId).findFirst();
        if (term.isEmpty() || !Lifecycle.benefitsUsable(term.get(), today)) {
            reasons.add(Reason.of(ReasonCode.NO_MEMBERSHIP, term.map(m -> "The benefits of term " + m.term()
                            + " ended on " + m.dates().benefitsEndDate() + ".").orElse("There is no such membership term."),
                    "Redeem from your current term."));
            throw new ActionRefusedException(reasons);
        }
        ActionRefusedException.throwIfAny(reasons);
        return term.get();
    }

    private Membership provisionedMembership(User user, List<Reason> reasons) {
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        AccountState state = states.load(acting.accountOf(user));
        state.cancellationInProgress().ifPresent(t -> reasons.add(Reason.of(ReasonCode.CANCELLATION_IN_PROGRESS,
                "Cancellation " + t.number() + " is in progress.", "Benefits are held until support processes it.")));
        Optional<Membership> current = state.currentMembership(LocalDate.now(clock));
        if (current.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NO_MEMBERSHIP, "There is no current Action Pack membership.",
                    "Buy the Action Pack from Membership first."));
            throw new ActionRefusedException(reasons);
        }
        Membership m = current.get();
        if (!m.benefitsProvisionedAt(clock.instant())) {
            reasons.add(Reason.of(ReasonCode.BENEFITS_NOT_PROVISIONED, "Benefits are still being provisioned.",
                    "They will be available by " + m.benefitsAvailableAt() + " (up to 24 hours after payment)."));
        }
        ActionRefusedException.throwIfAny(reasons);
        return m;
    }

    private List<BenefitLine> lines(BenefitPack pack, List<Redemption> used) {
        Map<String, Integer> usedById = used.stream()
                .collect(Collectors.groupingBy(Redemption::benefitId, Collectors.summingInt(Redemption::quantity)));
        return catalog.list(pack).stream().map(b -> new BenefitLine(b, usedById.getOrDefault(b.id(), 0))).toList();
    }
}
