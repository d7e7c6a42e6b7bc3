package com.actionpack.tui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.testing.ConsoleHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R6: core's refusal is said once, one way on every screen: one reason is the message line
 * (what is wrong and what to do), several open one window listing each, with the line saying
 * only how many. An action that fails with a refusal (through the fault boundary) is shown the
 * same way as a "may I" answer.
 */
class RefusalsTest {

    private static final Reason ROLE = Reason.of(ReasonCode.MISSING_ROLE, "You need the Operator role.",
            "Ask for it on the server.");
    private static final Reason OWN = Reason.of(ReasonCode.OWN_ACCOUNT, "You may not decide the refund of your own account.",
            "Another operator decides it.");

    private static ConsoleHarness console() {
        return ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), MainMenuScreen.factory(Map.of()));
    }

    private static String flat(ConsoleHarness console) {
        return console.text().replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("R6: one reason is one message line with its remedy, and no window")
    void oneReasonIsTheLineAlone() {
        try (ConsoleHarness console = console()) {
            console.gui().getGUIThread().invokeLater(() -> console.shell().refusals().refused("Refund", List.of(ROLE)));
            console.settle();
            assertEquals(1, console.gui().getWindows().size(), console.text());
            assertTrue(flat(console).contains("Error: Refund: not possible. You need the Operator role. Ask for it on the"
                    + " server."), console.text());
        }
    }

    @Test
    @DisplayName("R6: several reasons open one window listing each; the line says how many, not the reasons again")
    void severalReasonsAreTheWindow() {
        try (ConsoleHarness console = console()) {
            console.gui().getGUIThread().invokeLater(() -> console.shell().faults().run("Refund",
                    () -> {
                        throw new ActionRefusedException(List.of(ROLE, OWN));
                    }));
            console.settle();
            assertEquals(2, console.gui().getWindows().size(), console.text());
            String text = flat(console);
            assertTrue(text.contains("Refund: not possible"), text);
            assertTrue(text.contains("* You need the Operator role."), text);
            assertTrue(text.contains("* You may not decide the refund of your own account."), text);
            assertTrue(text.contains("Error: Refund: not possible for 2 reasons, each listed in the window."), text);
            assertEquals(1, text.split("You need the Operator role", -1).length - 1, "each reason said once:\n" + text);
        }
    }
}
