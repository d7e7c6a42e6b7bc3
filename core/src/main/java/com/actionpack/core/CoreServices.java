package com.actionpack.core;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.usecase.account.AccountQueries;
import com.actionpack.core.usecase.account.AddUser;
import com.actionpack.core.usecase.account.AppealRejection;
import com.actionpack.core.usecase.account.AddOperator;
import com.actionpack.core.usecase.account.AppointOperator;
import com.actionpack.core.usecase.account.OperatorQueries;
import com.actionpack.core.usecase.account.RemoveOperator;
import com.actionpack.core.usecase.account.ChangeProfile;
import com.actionpack.core.usecase.account.ChangeRole;
import com.actionpack.core.usecase.account.CreateAccount;
import com.actionpack.core.usecase.account.DecideVerification;
import com.actionpack.core.usecase.account.EnrollInProgram;
import com.actionpack.core.usecase.account.SignInUser;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.audit.AuditService;
import com.actionpack.core.usecase.audit.RecordFileTransfer;
import com.actionpack.core.usecase.Auditor;
import com.actionpack.core.usecase.benefits.BenefitsService;
import com.actionpack.core.usecase.benefits.OfficeSubscriptions;
import com.actionpack.core.usecase.benefits.RecordOfficeActivation;
import com.actionpack.core.usecase.billing.BillingService;
import com.actionpack.core.usecase.billing.InvoiceIssuer;
import com.actionpack.core.billing.InvoiceText;
import com.actionpack.core.eligibility.CancellationRules;
import com.actionpack.core.usecase.cancellation.CancellationService;
import com.actionpack.core.usecase.eligibility.AccountStates;
import com.actionpack.core.eligibility.EligibilityRules;
import com.actionpack.core.usecase.eligibility.EligibilityService;
import com.actionpack.core.usecase.eligibility.LapseSweeper;
import com.actionpack.core.usecase.faq.FaqService;
import com.actionpack.core.usecase.membership.RenewalReminders;
import com.actionpack.core.usecase.membership.TermStarter;
import com.actionpack.core.offer.Offers;
import com.actionpack.core.usecase.offer.PriceService;
import com.actionpack.core.ordering.CardCheck;
import com.actionpack.core.usecase.ordering.PurchaseService;
import com.actionpack.core.usecase.ordering.WirePaymentService;

/**
 * The use cases (in-ports) assembled over a set of out-ports. The console's Dagger module
 * and the tests build the application through this one constructor.
 */
public final class CoreServices {

    private final CreateAccount createAccount;
    private final SignInUser signIn;
    private final AccountQueries accountQueries;
    private final ChangeProfile changeProfile;
    private final AppealRejection appealRejection;
    private final DecideVerification decideVerification;
    private final EnrollInProgram enrollInProgram;
    private final AddUser addUser;
    private final ChangeRole changeRole;
    private final AppointOperator appointOperator;
    private final AddOperator addOperator;
    private final RemoveOperator removeOperator;
    private final OperatorQueries operatorQueries;
    private final EligibilityService eligibility;
    private final PurchaseService purchases;
    private final WirePaymentService wirePayments;
    private final BillingService billing;
    private final CancellationService cancellations;
    private final BenefitsService benefits;
    private final PriceService prices;
    private final AuditService audit;
    private final RecordFileTransfer fileTransfers;
    private final FaqService faq;
    private final OfficeSubscriptions officeSubscriptions;
    private final RecordOfficeActivation recordOfficeActivation;
    private final RenewalReminders renewalReminders;

    public CoreServices(Ports p) {
        AccessPolicy access = new AccessPolicy();
        ActingUsers acting = new ActingUsers(p.users(), p.accounts());
        Auditor auditor = new Auditor(p.audit(), p.clock());
        AccountStates states = new AccountStates(p.orders(), p.memberships(), p.tickets());
        EligibilityRules rules = new EligibilityRules(access);
        LapseSweeper sweeper = new LapseSweeper(p.orders(), p.memberships(), auditor);
        TermStarter terms = new TermStarter(p.memberships(), auditor);
        InvoiceIssuer issuer = new InvoiceIssuer(p.invoices(), p.documentNumbers());

        this.createAccount = new CreateAccount(p.transactions(), p.accounts(), p.users(), auditor);
        this.signIn = new SignInUser(p.transactions(), p.accounts(), p.users());
        this.accountQueries = new AccountQueries(p.transactions(), acting, access, p.accounts(), p.users());
        this.changeProfile = new ChangeProfile(p.transactions(), acting, access, p.accounts(), auditor, p.clock());
        this.appealRejection = new AppealRejection(p.transactions(), acting, access, p.accounts(), auditor);
        this.decideVerification = new DecideVerification(p.transactions(), acting, access, p.accounts(), auditor);
        this.enrollInProgram = new EnrollInProgram(p.transactions(), acting, access, p.accounts(), auditor, p.clock());
        this.addUser = new AddUser(p.transactions(), acting, access, p.users(), auditor);
        this.changeRole = new ChangeRole(p.transactions(), acting, access, p.users(), auditor);
        this.addOperator = new AddOperator(p.transactions(), p.accounts(), p.users(), auditor);
        this.removeOperator = new RemoveOperator(p.transactions(), p.users(), auditor);
        this.operatorQueries = new OperatorQueries(p.transactions(), p.accounts(), p.users());
        this.appointOperator = new AppointOperator(p.transactions(), p.accounts(), p.users(), auditor);
        this.eligibility = new EligibilityService(p.transactions(), acting, states, rules, p.clock());
        this.purchases = new PurchaseService(p.transactions(), acting, states, rules, sweeper, new Offers(p.offers()),
                p.orders(), issuer, terms, auditor, new CardCheck(), p.clock());
        this.wirePayments = new WirePaymentService(p.transactions(), acting, access, p.orders(), terms, sweeper, auditor,
                p.clock());
        this.billing = new BillingService(p.transactions(), acting, access, p.orders(), p.invoices(), new InvoiceText(),
                p.clock());
        this.cancellations = new CancellationService(p.transactions(), acting, access, states,
                new CancellationRules(access), p.tickets(), p.redemptions(), p.orders(), p.memberships(), p.invoices(),
                issuer, auditor, p.clock());
        this.benefits = new BenefitsService(p.transactions(), acting, access, states, p.memberships(), p.catalog(),
                p.redemptions(), p.productKeys(), auditor, p.clock());
        this.prices = new PriceService(p.transactions(), acting, access, p.offers(), auditor);
        this.audit = new AuditService(p.transactions(), acting, access, p.audit());
        this.fileTransfers = new RecordFileTransfer(p.transactions(), acting, auditor);
        this.faq = new FaqService(p.textAnalyzer());
        this.officeSubscriptions = new OfficeSubscriptions(p.transactions(), acting, p.memberships(), p.catalog(),
                p.redemptions());
        this.recordOfficeActivation = new RecordOfficeActivation(p.transactions(), acting, access, p.redemptions(),
                p.catalog(), auditor, p.clock());
        this.renewalReminders = new RenewalReminders(p.transactions(), acting, states, p.clock());
    }

    public CreateAccount createAccount() {
        return createAccount;
    }

    public SignInUser signIn() {
        return signIn;
    }

    public AccountQueries accountQueries() {
        return accountQueries;
    }

    public ChangeProfile changeProfile() {
        return changeProfile;
    }

    public AppealRejection appealRejection() {
        return appealRejection;
    }

    public DecideVerification decideVerification() {
        return decideVerification;
    }

    public EnrollInProgram enrollInProgram() {
        return enrollInProgram;
    }

    public AddUser addUser() {
        return addUser;
    }

    public ChangeRole changeRole() {
        return changeRole;
    }

    /** @deprecated the old {@code operator grant}; use {@link #addOperator()} (R4a) */
    @Deprecated
    public AppointOperator appointOperator() {
        return appointOperator;
    }

    /** R4a, host only: add a back-office operator. */
    public AddOperator addOperator() {
        return addOperator;
    }

    /** R4a, host only: an operator stops being one. */
    public RemoveOperator removeOperator() {
        return removeOperator;
    }

    /** R4a, host only: who the operators are. */
    public OperatorQueries operatorQueries() {
        return operatorQueries;
    }

    public EligibilityService eligibility() {
        return eligibility;
    }

    public PurchaseService purchases() {
        return purchases;
    }

    public WirePaymentService wirePayments() {
        return wirePayments;
    }

    public BillingService billing() {
        return billing;
    }

    public CancellationService cancellations() {
        return cancellations;
    }

    public BenefitsService benefits() {
        return benefits;
    }

    public PriceService prices() {
        return prices;
    }

    public AuditService audit() {
        return audit;
    }

    public RecordFileTransfer fileTransfers() {
        return fileTransfers;
    }

    /** R13a: the account's Office redemptions and how long each is valid. */
    public OfficeSubscriptions officeSubscriptions() {
        return officeSubscriptions;
    }

    /** R13a: record an Office product's later actual activation. */
    public RecordOfficeActivation recordOfficeActivation() {
        return recordOfficeActivation;
    }

    /** R22: days until the renewal window opens, or left inside it. */
    public RenewalReminders renewalReminders() {
        return renewalReminders;
    }

    public FaqService faq() {
        return faq;
    }
}
