package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.account.TypedProfile;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import java.util.List;
import com.actionpack.core.common.Require;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** In-port: an admin changes the legal profile, which sends verification back to PENDING (R2). */
public final class ChangeProfile {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final Auditor auditor;
    private final Clock clock;

    public ChangeProfile(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Read-only "may this user change the legal profile, and why not" (R2, R4): the role. Empty
     * when {@link #change} would accept a valid profile; both decide with the same method.
     */
    public List<Reason> mayChange(Actor actor) {
        return tx.read(() -> problems(acting.user(actor)));
    }

    private List<Reason> problems(User user) {
        return access.check(user, Permission.MANAGE_PROFILE).stream().toList();
    }

    /**
     * The profile as typed into a form: every field is checked at once (an
     * {@link com.actionpack.core.common.InvalidInputException} listing every invalid one), then
     * as {@link #change(Actor, LegalProfile)}.
     */
    public PartnerAccount change(Actor actor, TypedProfile typed) {
        return change(actor, typed.toProfile());
    }

    /** The profile (a self-validating record) replaces the account's; an unchanged profile changes nothing. */
    public PartnerAccount change(Actor actor, LegalProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Require.isoCountry(profile.country());
        return tx.write(() -> {
            User user = acting.user(actor);
            ActionRefusedException.throwIfAny(problems(user));
            PartnerAccount before = acting.accountOf(user);
            if (before.profile().equals(profile)) {
                return before;
            }
            PartnerAccount after = before.withProfile(profile).withVerification(VerificationStatus.PENDING,
                    "Profile changed on " + LocalDate.now(clock) + "; verification restarted.");
            accounts.update(after);
            auditor.record(user, actor, "profile.changed", "account " + before.partnerId(),
                    AccountRecords.describe(before), AccountRecords.describe(after));
            return after;
        });
    }
}
