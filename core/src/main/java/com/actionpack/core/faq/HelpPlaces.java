package com.actionpack.core.faq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R20a: where the source's links and page names lead in this app. The source links to Partner
 * Center pages ("Learn more", "Membership Offers page"); read inside this app those lead nowhere,
 * so each link is replaced by the place in this app that does the same job, or says the page is
 * outside the app. A link the table does not know is a build failure (a test reads every link
 * of the source), never a dead end on screen.
 */
public final class HelpPlaces {

    /** Link target -> the text that replaces the whole link. */
    private static final Map<String, String> LINKS = new LinkedHashMap<>();
    /** Words of the source naming pages this app does not have -> this app's place. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        link("./account-structure.md", "Partner Global account");
        link("/partner-center/intro-to-cloud-partner-program-membership",
                "In this app: Account and users shows your enrollment in the program and joins it.");
        link("/partner-center/verification-responses",
                "In this app: Account and users shows your verification status; an operator records the decision.");
        link("/partner-center/permissions-overview", "In this app: Account and users lists the users and their roles.");
        link("https://partner.microsoft.com/dashboard/v2/membership/offers", "the Membership workspace");
        link("./make-payment.md#pay-with-a-credit-card", "Credit card");
        link("./make-payment.md#pay-with-an-electronic-bank-transfer", "Wire Transfer");
        link("/partner-center/make-payment", "In this app: the payment dialog shows the amount; for a wire transfer it "
                + "also shows the bank details and the reference to quote.");
        link("https://partner.microsoft.com/dashboard/v2/membership/offers/billsandpayments", "Bills and payments");
        link("/partner-center/mpn-view-print-maps-invoice", "In this app: Bills and payments lists your invoices and "
                + "credit notes; select one and choose Download invoice.");
        link("https://partner.microsoft.com/dashboard/v2/support/servicerequests",
                "support ticket (in this app: Membership, Cancel purchase)");
        link("/partner-center/mpn-refund-request", "In this app: when support accepts the request, the order is "
                + "refunded with a credit note in Bills and payments, and the membership and its benefits end.");
        link("#purchase-microsoft-action-pack", "See \"Purchase Microsoft Action Pack\" in this help.");
        link("https://partner.microsoft.com/dashboard/v2/benefits/azure", "Benefits workspace");
        link("/partner-center/mpn-get-action-pack", "in the Benefits workspace (both catalogs are listed before you choose)");
        link("https://assetsprod.microsoft.com/microsoft-action-pack-license-table.pdf",
                "Action Pack benefits guide (a PDF outside this app)");
        link("https://assetsprod.microsoft.com/mpn-maps-product-usage-guide.pdf",
                "Microsoft AI Cloud Partner Program Terms of Participation Guide (a PDF outside this app)");
        link("/partner-center/cloud-services", "In this app: Benefits lists each Office product with the day it was "
                + "activated and the last day it is valid.");
        link("/partner-center/troubleshoot-buy-now-disabled",
                "In this app: press w on Membership to see every reason and what to do.");
        link("manage-your-partner-network-benefits.md", "Start using your Microsoft Action Pack benefits (in this app: Benefits)");

        PHRASES.put("Look at \"**Learn why \"buy/renew\" is disabled?** link next to this Buy Now/Renew button.",
                "Press w (Why is it disabled?) next to the button to see every reason and what to do.");
        PHRASES.put("you can check the link **Learn why \"Buy/Renew\" is disabled?**",
                "press w (Why is it disabled?) to see every reason and what to do");
        PHRASES.put("select **Membership offers**", "look at the Microsoft Action Pack subscription offer card");
        PHRASES.put("learn more about different dates.",
                "The question about membership, benefits and Office end dates explains them.");
        PHRASES.put("in Partner Center, ", "");
        PHRASES.put(" role in Partner Center.", " role.");
    }

    private HelpPlaces() {
    }

    private static void link(String target, String replacement) {
        LINKS.put(target, replacement);
    }

    /** What replaces a link to {@code target}, or empty when the table does not know it. */
    public static Optional<String> link(String target) {
        return Optional.ofNullable(LINKS.get(target));
    }

    /** Page names of the source this app does not have, in the order they are replaced. */
    public static Map<String, String> phrases() {
        return java.util.Collections.unmodifiableMap(PHRASES);
    }

    /** Every link target the table knows. */
    public static List<String> targets() {
        return List.copyOf(LINKS.keySet());
    }
}
