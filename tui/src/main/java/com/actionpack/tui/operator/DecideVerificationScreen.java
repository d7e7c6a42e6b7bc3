package com.actionpack.tui.operator;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.googlecode.lanterna.gui2.Component;

import java.util.List;

/** An account's legal profile and the two decisions: verified, or rejected with a reason (R2). */
final class DecideVerificationScreen implements ConsoleScreen {

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final PartnerAccount account;
    private final Actions actions;
    private final Sheet sheet = new Sheet();

    DecideVerificationScreen(ShellContext shell, CoreServices core, Actor actor, PartnerAccount account) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.account = account;
        this.actions = new Actions(shell);
        LegalProfile p = account.profile();
        sheet.setEntries(List.of(
                Sheet.heading("PartnerID " + account.partnerId() + ": " + p.legalName()),
                Sheet.text(p.address().oneLine() + "\nPrimary contact: " + p.primaryContact().name() + " <"
                        + p.primaryContact().email() + ">" + (p.primaryContact().phone().isEmpty() ? "" : ", "
                        + p.primaryContact().phone())),
                Sheet.text("Verification: " + account.verification()
                        + (account.verificationNote().isEmpty() ? "" : "\nNote: " + account.verificationNote())),
                Sheet.row(VerificationStatus.VERIFIED, "[Verify] The profile is verified (a note is optional)",
                        () -> decide(VerificationStatus.VERIFIED, "Note (optional):")),
                Sheet.row(VerificationStatus.REJECTED, "[Reject] The profile is rejected (say why)",
                        () -> decide(VerificationStatus.REJECTED, "Why is it rejected? The partner sees this note:"))));
    }

    @Override
    public String title() {
        return "Verification of " + account.partnerId();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Decide"));
    }

    @Override
    public Component component() {
        return sheet;
    }

    private void decide(VerificationStatus decision, String prompt) {
        // Core says first whether this account may be decided now (another operator may have
        // decided it since the queue was read); its check of the command (a rejection needs a
        // reason) then runs before the prompt closes.
        actions.ifAllowed("Decide verification", () -> core.decideVerification().mayDecide(actor, account.id()),
                () -> ask(decision, prompt));
    }

    private void ask(VerificationStatus decision, String prompt) {
        shell.dialogs().ask(decision == VerificationStatus.VERIFIED ? "Verify" : "Reject", prompt, "",
                note -> {
                    try {
                        new VerificationDecision(account.id(), decision, note);
                        return java.util.Optional.empty();
                    } catch (com.actionpack.core.common.InvalidInputException bad) {
                        return java.util.Optional.of(bad.getMessage());
                    }
                },
                note -> actions.run("Decide verification",
                        () -> core.decideVerification().decide(actor, new VerificationDecision(account.id(), decision,
                                note)), a -> {
                            shell.navigator().pop();
                            shell.notices().info(a.profile().legalName() + " is " + a.verification() + ".");
                        }));
    }
}
