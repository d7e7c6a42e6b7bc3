package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.ReportScope;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.SignInChoice;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Require;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-port: the partner account, its verification and enrollment, its users and roles (R1-R4). */
public final class AccountService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final Auditor auditor;
    private final Clock clock;

    public AccountService(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            UserRepository users, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.users = users;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** First run: creates the account, pending verification and not enrolled, and its first Global admin. */
    public Setup createAccount(NewAccount command) {
        return tx.write(() -> {
            requireEmailFree(command.adminEmail());
            PartnerAccount inserted = accounts.insert(new PartnerAccount(0, "", command.profile(),
                    VerificationStatus.PENDING, "", null));
            PartnerAccount account = new PartnerAccount(inserted.id(), partnerIdFor(inserted.id()), inserted.profile(),
                    inserted.verification(), "", null);
            accounts.update(account);
            User admin = users.insert(new User(0, account.id(), command.adminEmail(), command.adminName(),
                    Set.of(Role.GLOBAL_ADMIN)));
            auditor.recordSystem(account.id(), admin.email(), "account.created", "account " + account.partnerId(), "",
                    account.profile().legalName() + ", " + account.country() + ", PENDING");
            return new Setup(account, admin);
        });
    }

    /** The PartnerID for an account id: seven digits, as partner IDs are written. */
    public static String partnerIdFor(long accountId) {
        return String.valueOf(4_000_000 + accountId);
    }

    /** False on an empty database: the console then opens first-run setup instead of sign-in. */
    public boolean anyAccount() {
        return tx.read(() -> accounts.count() > 0);
    }

    /**
     * Who may sign in on this console: every user with their account's name. Read-only and open
     * to no one in particular, since it runs before anyone is signed in (the console is local,
     * or behind SSH keys that already chose the user).
     */
    /** At most this many users are listed for sign-in; past that, sign in with --user EMAIL. */
    public static final int SIGN_IN_LIMIT = 200;

    public List<SignInChoice> signInChoices() {
        return tx.read(() -> users.listFirst(SIGN_IN_LIMIT).stream()
                .map(u -> new SignInChoice(u, accounts.find(u.accountId())
                        .map(a -> a.profile().legalName()).orElse(""),
                        partnerIdFor(u.accountId())))
                .toList());
    }

    /**
     * Signs a known user in by email (the {@code --user} option, or the email an SSH key maps
     * to) for the given channel; refused with what to do when there is no such user.
     */
    public Actor signIn(String email, String channel) {
        return tx.read(() -> users.findByEmail(Require.email(email))
                .map(u -> new Actor(u.id(), channel))
                .orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                        "There is no user " + email + " in this database.",
                        "Check the email, or start without it to choose from the list of users.")));
    }

    /**
     * Whose data the actor may export in reports: an operator every account's, a user who may
     * view billing (R4) their own account's; anyone else is refused with the role to ask for.
     */
    public ReportScope reportScope(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            if (user.has(Role.OPERATOR)) {
                return ReportScope.allAccounts();
            }
            access.require(user, Permission.VIEW_BILLING);
            return ReportScope.account(user.accountId(), acting.accountOf(user).partnerId());
        });
    }

    public PartnerAccount account(Actor actor) {
        return tx.read(() -> acting.accountOf(acting.user(actor)));
    }

    public User me(Actor actor) {
        return tx.read(() -> acting.user(actor));
    }

    public List<User> users(Actor actor) {
        return tx.read(() -> users.listByAccount(acting.user(actor).accountId()));
    }

    /** Changing the legal profile sends verification back to PENDING (R2). */
    public PartnerAccount changeProfile(Actor actor, LegalProfile profile) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_PROFILE);
            PartnerAccount before = acting.accountOf(user);
            if (before.profile().equals(profile)) {
                return before;
            }
            PartnerAccount after = before.withProfile(profile)
                    .withVerification(VerificationStatus.PENDING, "Profile changed on " + today() + "; verification restarted.");
            accounts.update(after);
            auditor.record(user, actor, "profile.changed", "account " + before.partnerId(),
                    describe(before), describe(after));
            return after;
        });
    }

    /** A rejected profile is appealed by fixing it, with a comment and a supporting document (R2). */
    public PartnerAccount appealRejection(Actor actor, LegalProfile fixed, String comment, String documentRef) {
        String why = Require.text(comment, "appeal comment");
        String document = Require.text(documentRef, "supporting document reference");
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_PROFILE);
            PartnerAccount before = acting.accountOf(user);
            if (before.verification() != VerificationStatus.REJECTED) {
                throw ActionRefusedException.of(ReasonCode.CONFLICT, "The profile is " + before.verification()
                        + ", not rejected: there is nothing to appeal.", "");
            }
            PartnerAccount after = before.withProfile(fixed)
                    .withVerification(VerificationStatus.PENDING, "Appeal: " + why + " (document " + document + ")");
            accounts.update(after);
            auditor.record(user, actor, "verification.appealed", "account " + before.partnerId(), describe(before),
                    describe(after));
            return after;
        });
    }

    /** An operator records the verification decision (R2). */
    public PartnerAccount decideVerification(Actor actor, long accountId, VerificationStatus decision, String note) {
        if (decision == VerificationStatus.PENDING) {
            throw ActionRefusedException.of(ReasonCode.INVALID_INPUT, "A decision is VERIFIED or REJECTED.", "");
        }
        String reason = decision == VerificationStatus.REJECTED ? Require.text(note, "rejection reason")
                : Require.optionalText(note);
        return tx.write(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            PartnerAccount before = accounts.find(accountId).orElseThrow(() -> ActionRefusedException.of(
                    ReasonCode.NOT_FOUND, "There is no account " + accountId + ".", ""));
            PartnerAccount after = before.withVerification(decision, reason);
            accounts.update(after);
            auditor.recordFor(accountId, operator, actor, "verification.decided", "account " + before.partnerId(),
                    before.verification().name(), decision.name() + (reason.isEmpty() ? "" : ": " + reason));
            return after;
        });
    }

    /** Operator: accounts waiting for a verification decision, oldest first (R2). */
    public List<PartnerAccount> awaitingVerification(Actor actor) {
        return tx.read(() -> {
            access.require(acting.user(actor), Permission.OPERATE);
            return accounts.listByVerification(VerificationStatus.PENDING);
        });
    }

    /** Joins the AI Cloud Partner Program (R3). */
    public PartnerAccount enroll(Actor actor) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_PROFILE);
            PartnerAccount before = acting.accountOf(user);
            if (before.isEnrolled()) {
                throw ActionRefusedException.of(ReasonCode.CONFLICT,
                        "The account joined the AI Cloud Partner Program on " + before.enrolledOn() + ".", "");
            }
            PartnerAccount after = before.withEnrollment(today());
            accounts.update(after);
            auditor.record(user, actor, "program.enrolled", "account " + before.partnerId(), "not enrolled",
                    "enrolled " + after.enrolledOn());
            return after;
        });
    }

    /** Adds a user with the given roles; each role is subject to the grant rules (R4). */
    public User addUser(Actor actor, String email, String displayName, Set<Role> roles) {
        return tx.write(() -> {
            User admin = acting.user(actor);
            access.require(admin, Permission.MANAGE_USERS);
            for (Role role : roles) {
                access.checkRoleChange(admin, role).ifPresent(r -> {
                    throw new ActionRefusedException(r);
                });
            }
            requireEmailFree(email);
            User added = users.insert(new User(0, admin.accountId(), email, displayName, roles));
            auditor.record(admin, actor, "user.added", "user " + added.email(), "", roles.toString());
            return added;
        });
    }

    /**
     * Appoints an operator from the host: whoever runs the application on its machine (the
     * {@code actionpack operator grant} command) is the back office's root of trust, since an
     * account's own admins must not verify their own account or record their own payments.
     */
    public User appointOperatorFromHost(String email, String hostUser) {
        String who = Require.text(hostUser, "host user");
        return tx.write(() -> {
            User target = users.findByEmail(Require.email(email)).orElseThrow(() -> ActionRefusedException.of(
                    ReasonCode.USER_NOT_FOUND, "There is no user " + email + ".",
                    "Create the user first (first-run setup or Account and users)."));
            if (target.has(Role.OPERATOR)) {
                return target;
            }
            Set<Role> roles = target.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.roles());
            roles.add(Role.OPERATOR);
            User after = target.withRoles(roles);
            users.update(after);
            auditor.recordSystem(target.accountId(), "host:" + who, "role.granted", "user " + target.email() + " OPERATOR",
                    target.roles().toString(), after.roles().toString());
            return after;
        });
    }

    public User grantRole(Actor actor, long userId, Role role) {
        return changeRole(actor, userId, role, true);
    }

    /** The last Global admin of an account cannot be removed (R4). */
    public User revokeRole(Actor actor, long userId, Role role) {
        return changeRole(actor, userId, role, false);
    }

    private User changeRole(Actor actor, long userId, Role role, boolean grant) {
        return tx.write(() -> {
            User admin = acting.user(actor);
            access.checkRoleChange(admin, role).ifPresent(r -> {
                throw new ActionRefusedException(r);
            });
            User target = users.find(userId).filter(u -> u.accountId() == admin.accountId())
                    .orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                            "There is no such user in this account.", "Pick a user from the list."));
            if (grant == target.has(role)) {
                return target;
            }
            if (!grant && role == Role.GLOBAL_ADMIN && globalAdminCount(admin.accountId()) <= 1) {
                throw new ActionRefusedException(Reason.of(ReasonCode.LAST_GLOBAL_ADMIN,
                        target.email() + " is the account's last Global admin.",
                        "Grant Global admin to another user first."));
            }
            Set<Role> roles = target.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.roles());
            if (grant) {
                roles.add(role);
            } else {
                roles.remove(role);
            }
            User after = target.withRoles(roles);
            users.update(after);
            auditor.record(admin, actor, grant ? "role.granted" : "role.revoked", "user " + target.email() + " " + role.name(),
                    target.roles().toString(), after.roles().toString());
            return after;
        });
    }

    private long globalAdminCount(long accountId) {
        return users.listByAccount(accountId).stream().filter(u -> u.has(Role.GLOBAL_ADMIN)).count();
    }

    private void requireEmailFree(String email) {
        Optional<User> existing = users.findByEmail(Require.email(email));
        if (existing.isPresent()) {
            throw ActionRefusedException.of(ReasonCode.CONFLICT, "A user with email " + existing.get().email()
                    + " already exists.", "Use another email address.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(PartnerAccount account) {
        LegalProfile p = account.profile();
        return p.legalName() + "; " + p.address().oneLine() + "; " + p.primaryContact().name() + " <"
                + p.primaryContact().email() + ">; " + account.verification();
    }
}
