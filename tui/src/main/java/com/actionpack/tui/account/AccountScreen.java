package com.actionpack.tui.account;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.TypedProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.account.Appeal;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.tui.form.PhoneNumberCheck;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.FormScreen;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;
import com.actionpack.tui.sheet.SheetScreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Account and users: the legal profile with its verification (R1, R2), enrollment in the AI
 * Cloud Partner Program (R3), editing and appealing the profile (R2), and the account's users
 * and roles (R4). Refusals (last Global admin, missing role) are core's, shown with reasons.
 */
public final class AccountScreen extends SheetScreen {


    public AccountScreen(ShellContext shell, CoreServices core, Actor actor) {
        super(shell, core, actor);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new AccountScreen(shell, core, actor);
    }

    @Override
    public String title() {
        return "Account and users";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Act on the selected line"), KeyHelp.of("r", "Refresh"));
    }

    @Override
    protected void refresh() {
        actions.run("Account", () -> core.accountQueries().account(actor), account -> {
            List<Sheet.Entry> out = new ArrayList<>();
            profile(out, account);
            users(out);
            sheet.setEntries(out);
        });
    }

    private void profile(List<Sheet.Entry> out, PartnerAccount account) {
        LegalProfile p = account.profile();
        out.add(Sheet.heading("Legal profile (PartnerID " + account.partnerId() + ")"));
        out.add(Sheet.text(p.legalName() + "\n" + p.address().oneLine() + "\nPrimary contact: "
                + p.primaryContact().name() + " <" + p.primaryContact().email() + ">"
                + (p.primaryContact().phone().isEmpty() ? "" : ", " + p.primaryContact().phone())));
        out.add(Sheet.text("Verification: " + account.verification()
                + (account.verificationNote().isEmpty() ? "" : "\nNote: " + account.verificationNote())));
        out.add(Sheet.text("AI Cloud Partner Program: " + account.enrollment().map(d -> "enrolled on " + d)
                .orElse("not enrolled")));
        if (!account.isEnrolled()) {
            out.add(Sheet.row("enroll", "[Enroll] Join the AI Cloud Partner Program", this::enroll));
        }
        out.add(Sheet.row("edit", "[Edit profile] Change the legal profile", () -> editProfile(account)));
        if (account.verification() == VerificationStatus.REJECTED) {
            out.add(Sheet.row("appeal", "[Appeal] Fix the profile and appeal the rejection", () -> appeal(account)));
        }
    }

    private void users(List<Sheet.Entry> out) {
        out.add(Sheet.heading("Users and roles"));
        List<User> users = core.accountQueries().users(actor);
        out.addAll(Sheet.table(new Table<User>(List.of(
                Column.fit("Email", User::email),
                Column.fit("Name", User::displayName),
                Column.wrapping("Roles", user -> roles(user.roles())))), users, user -> "user-" + user.id(),
                user -> () -> shell.navigator().push(new UserRolesScreen(shell, core, actor, user.id()))));
        out.add(Sheet.row("add-user", "[Add user] Add a user with roles", this::addUser));
    }

    static String roles(Set<Role> roles) {
        if (roles.isEmpty()) {
            return "no roles";
        }
        return java.util.Arrays.stream(Role.values()).filter(roles::contains).map(Role::label)
                .collect(Collectors.joining(", "));
    }

    private void enroll() {
        // Joining the program cannot be undone from here: ask first, and only what core allows.
        actions.confirm("Enroll", () -> core.enrollInProgram().mayEnroll(actor), Confirmation.of("Enroll",
                "Join the AI Cloud Partner Program with this account? Enrollment is recorded with today's date"
                        + " and cannot be undone here.", "Enroll"),
                () -> actions.run("Enroll", () -> core.enrollInProgram().enroll(actor), a -> {
                    refresh();
                    shell.notices().info("The account joined the AI Cloud Partner Program on " + a.enrolledOn() + ".");
                }));
    }

    private static final String COUNTRY = "Country (ISO)";

    /**
     * The profile's fields, each named as core's {@link TypedProfile} names it: core checks them
     * all at once on save and each problem goes under its field. Only the phone has a check of
     * the console's own (libphonenumber's, which core does not carry).
     */
    private static List<FormScreen.Field> profileFields(LegalProfile p) {
        return List.of(
                new FormScreen.Field("Legal name", p.legalName()).named(TypedProfile.LEGAL_NAME),
                new FormScreen.Field("Street", p.address().street()).named(TypedProfile.STREET),
                new FormScreen.Field("City", p.address().city()).named(TypedProfile.CITY),
                new FormScreen.Field("Postal code", p.address().postalCode()),
                new FormScreen.Field(COUNTRY, p.address().country()).named(TypedProfile.COUNTRY),
                new FormScreen.Field("Contact name", p.primaryContact().name()).named(TypedProfile.CONTACT_NAME),
                new FormScreen.Field("Contact email", p.primaryContact().email()).named(TypedProfile.CONTACT_EMAIL),
                new FormScreen.Field("Contact phone", p.primaryContact().phone(), PhoneNumberCheck.countryIn(COUNTRY)));
    }

    private static TypedProfile typed(Map<String, String> v) {
        return new TypedProfile(v.get("Legal name"), v.get("Street"), v.get("City"), v.get("Postal code"), v.get(COUNTRY),
                v.get("Contact name"), v.get("Contact email"), v.get("Contact phone"));
    }

    private static Appeal appealFrom(Map<String, String> v) {
        return Appeal.of(typed(v), v.get("Comment"), v.get("Document ref"));
    }

    private void editProfile(PartnerAccount account) {
        actions.ifAllowed("Edit profile", () -> core.changeProfile().mayChange(actor), () -> shell.navigator().push(
                new FormScreen(shell, "Edit legal profile",
                        "Saving a changed profile sends verification back to PENDING: the account cannot buy or renew "
                                + "until Microsoft verifies it again.",
                        profileFields(account.profile()), "Save and send for verification",
                        values -> actions.run("Save profile", () -> core.changeProfile().change(actor, typed(values)),
                                a -> {
                                    shell.navigator().pop();
                                    shell.notices().info("Profile saved; verification is " + a.verification() + ".");
                                })).validatedBy(values -> typed(values).toProfile())));
    }

    private void appeal(PartnerAccount account) {
        List<FormScreen.Field> fields = new ArrayList<>(profileFields(account.profile()));
        fields.add(new FormScreen.Field("Comment", "").named(Appeal.COMMENT));
        fields.add(new FormScreen.Field("Document ref", "").named(Appeal.DOCUMENT));
        actions.ifAllowed("Appeal", () -> core.appealRejection().mayAppeal(actor), () -> shell.navigator().push(
                new FormScreen(shell, "Appeal rejection",
                        "Rejected: " + account.verificationNote() + "\nFix the profile, say why in a comment and give the "
                                + "reference of a supporting document. The profile goes back to PENDING.",
                        fields, "Send appeal",
                        values -> actions.run("Appeal", () -> core.appealRejection().appeal(actor, appealFrom(values)),
                                a -> {
                                    shell.navigator().pop();
                                    shell.notices().info("Appeal sent; verification is " + a.verification() + ".");
                                })).validatedBy(AccountScreen::appealFrom)));
    }

    private void addUser() {
        String known = java.util.Arrays.stream(Role.values()).map(Role::label).collect(Collectors.joining(", "));
        shell.navigator().push(new FormScreen(shell, "Add user", "Roles: any of " + known + ", separated by commas.",
                List.of(new FormScreen.Field("Email", ""), new FormScreen.Field("Display name", ""),
                        new FormScreen.Field("Roles", "Reader")), "Add user",
                values -> {
                    Set<Role> roles;
                    try {
                        roles = RoleNames.parse(values.get("Roles"));
                    } catch (IllegalArgumentException e) {
                        shell.notices().error(e.getMessage());
                        return false;
                    }
                    return actions.run("Add user", () -> core.addUser().add(actor, new NewUser(values.get("Email"),
                            values.get("Display name"), roles)), u -> {
                                shell.navigator().pop();
                                shell.notices().info("Added " + u.email() + " with " + roles(u.roles()) + ".");
                            });
                }));
    }
}
