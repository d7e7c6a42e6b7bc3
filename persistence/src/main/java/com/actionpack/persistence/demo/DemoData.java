package com.actionpack.persistence.demo;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.CardDetails;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseException;
import java.util.List;
import java.util.Set;

/**
 * Fills a database with one explorable demo partner account, every step through core's use
 * cases so the data obeys every rule: verified, enrolled, a user in each role (and an
 * operator in a back-office account), a paid card order with its invoice, MAPS chosen and a
 * benefit redeemed.
 */
public final class DemoData {

    public static final String DEMO_ADMIN = "global.admin@contoso-demo.example";
    public static final String OPERATOR = "operator@backoffice.example";

    /** What was created: the demo account and the email of each user, role by role. */
    public record DemoAccount(long accountId, String partnerId, String orderNumber, String invoiceNumber,
            List<String> userEmails) {
    }

    private final Database db;

    public DemoData(Database db) {
        this.db = db;
    }

    /** True when the demo account was created in this database before. */
    public boolean exists() {
        return db.transactions().read(() -> db.ports().users().findByEmail(DEMO_ADMIN).isPresent());
    }

    public DemoAccount create() {
        CoreServices core = new CoreServices(db.ports());
        if (exists()) {
            throw new DatabaseException("The demo account already exists in " + db.file()
                    + ": sign in as " + DEMO_ADMIN + ", or pass --db with a new file.");
        }
        Actor operator = operator(core);

        LegalProfile profile = new LegalProfile("Contoso Demo Partners, Inc.",
                new Address("1 Microsoft Way", "Redmond", "98052", "US"),
                new Contact("Dana Demo", "dana@contoso-demo.example", "+1 425 555 0100"));
        Setup setup = core.createAccount().create(new NewAccount(profile, DEMO_ADMIN, "Grace Global"));
        Actor admin = Actor.console(setup.globalAdmin().id());
        core.enrollInProgram().enroll(admin);
        core.decideVerification().decide(operator, new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED,
                "Demo: documents checked"));
        core.addUser().add(admin, new NewUser("account.admin@contoso-demo.example", "Alan Account",
                Set.of(Role.ACCOUNT_ADMIN)));
        core.addUser().add(admin, new NewUser("mpn.admin@contoso-demo.example", "Mia Partner",
                Set.of(Role.MPN_PARTNER_ADMIN)));
        core.addUser().add(admin, new NewUser("billing.admin@contoso-demo.example", "Bill Billing",
                Set.of(Role.BILLING_ADMIN)));
        core.addUser().add(admin, new NewUser("reader@contoso-demo.example", "Rita Reader", Set.of(Role.READER)));

        OrderReceipt receipt = core.purchases().placeOrder(admin, new PlaceOrder(true,
                new PaymentChoice.Card(new CardDetails("4111 1111 1111 1111", "12/39", "123"))));
        core.benefits().provisionNow(operator, receipt.membership().orElseThrow().id());
        core.benefits().choosePack(admin, BenefitPack.MAPS);
        core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 2, "contoso-demo.onmicrosoft.com"));

        List<String> emails = core.accountQueries().users(admin).stream().map(u -> u.email()).toList();
        return new DemoAccount(setup.account().id(), setup.account().partnerId(), receipt.order().number(),
                receipt.invoice().number(), emails);
    }

    /** The back-office operator, added as `actionpack operator add` does (R4a); reused when present. */
    private static Actor operator(CoreServices core) {
        return Actor.console(core.addOperator().add(new NewOperator(OPERATOR, "Otto Operator", "demo")).operator().id());
    }
}
