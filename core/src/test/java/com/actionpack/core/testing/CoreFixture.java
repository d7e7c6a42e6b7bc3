package com.actionpack.core.testing;

import com.actionpack.textsearch.EnglishTerms;
import com.actionpack.core.CoreServices;
import com.actionpack.core.Ports;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.CardDetails;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;

/**
 * Core wired over {@link InMemoryStore} and a {@link TestClock}, with the shortcuts tests need:
 * a verified, enrolled account in a country that takes cards, its Global admin and an operator.
 */
public final class CoreFixture {

    /** A Visa test number that passes Luhn; expiry far in the future. */
    public static final String VISA = "4111 1111 1111 1111";

    public final InMemoryStore store = new InMemoryStore();
    public final TestClock clock;
    public final CoreServices core;

    public CoreFixture(LocalDate today) {
        this.clock = new TestClock(today);
        this.core = new CoreServices(new Ports(store, clock, store.accounts, store.users, store.offers, store.orders,
                store.invoices, store.documentNumbers, store.memberships, store.tickets, store.catalog,
                store.redemptions, new RandomProductKeyIssuer(new Random(42)), store.audit, new EnglishTerms()::terms));
        store.offers.save(new CountryOffer("US", Money.of(47_500, "USD"), 0, true, "Contoso Bank, SWIFT CTSOUS33, account 000123456"));
        store.offers.save(new CountryOffer("DE", Money.of(45_000, "EUR"), 1_900, true, "Contoso Bank AG, IBAN DE00 0000 0000 0000 0000 00"));
        store.offers.save(new CountryOffer("IN", Money.of(3_900_000, "INR"), 1_800, false, "Contoso Bank India, IFSC CTSO0000001"));
        store.offers.save(new CountryOffer(CountryOffer.DEFAULT_COUNTRY, Money.of(47_500, "USD"), 0, true, "Contoso Bank, SWIFT CTSOUS33"));
    }

    public static LegalProfile profile(String name, String country) {
        return new LegalProfile(name, new Address("1 Main Street", "Springfield", "12345", country),
                new Contact("Pat Doe", "pat@" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "+1 555 0100"));
    }

    /** A new account as first-run setup leaves it: pending, not enrolled. */
    public Setup newAccount(String name, String country) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        return core.createAccount().create(new NewAccount(profile(name, country), "admin@" + slug + ".example",
                "Ada Admin"));
    }

    private int operators;

    /** A new operator in the back-office account, added as the host does (R4a). */
    public Actor operator() {
        operators++;
        User op = core.addOperator().add(new NewOperator("operator" + operators + "@backoffice.example",
                "Operator " + operators, "test")).operator();
        return Actor.console(op.id());
    }

    /** An account that may buy: enrolled and verified; returns its Global admin. */
    public Actor readyAccount(String name, String country) {
        Setup setup = newAccount(name, country);
        Actor admin = Actor.console(setup.globalAdmin().id());
        core.enrollInProgram().enroll(admin);
        core.decideVerification().decide(operator(), new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED, ""));
        return admin;
    }

    public Actor readyAccount() {
        return readyAccount("Contoso Ltd", "US");
    }

    public static PaymentChoice card() {
        return new PaymentChoice.Card(new CardDetails(VISA, "12/39", "123"));
    }

    public OrderReceipt buyByCard(Actor admin) {
        return core.purchases().placeOrder(admin, new PlaceOrder(true, card()));
    }

    public OrderReceipt buyByWire(Actor admin) {
        return core.purchases().placeOrder(admin, new PlaceOrder(true, new PaymentChoice.Wire()));
    }
}
