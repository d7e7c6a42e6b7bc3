package com.actionpack.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Setup;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The operator's read-only queues: accounts awaiting verification (R2), terms provisioning (R16). */
class OperatorQueuesTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 10));

    @Test
    @DisplayName("R2: accounts awaiting verification are listed for an operator, decided ones leave the queue")
    void verificationQueue() {
        Actor operator = world.operator();
        Setup pending = world.newAccount("Fabrikam Inc", "DE");
        world.readyAccount("Contoso Ltd", "US");
        List<PartnerAccount> queue = world.core.accountQueries().awaitingVerification(operator);
        assertTrue(queue.stream().anyMatch(a -> a.id() == pending.account().id()));
        assertTrue(queue.stream().noneMatch(a -> a.profile().legalName().equals("Contoso Ltd")));
        Actor admin = Actor.console(pending.globalAdmin().id());
        assertThrows(ActionRefusedException.class, () -> world.core.accountQueries().awaitingVerification(admin));
    }

    @Test
    @DisplayName("R16: terms still provisioning are listed until provisioned or 24 hours have passed")
    void provisioningQueue() {
        Actor operator = world.operator();
        Actor admin = world.readyAccount();
        world.buyByCard(admin);
        List<Membership> queue = world.core.benefits().provisioning(operator);
        assertEquals(1, queue.size());
        world.clock.advance(Duration.ofHours(24));
        assertEquals(List.of(), world.core.benefits().provisioning(operator));
    }
}
