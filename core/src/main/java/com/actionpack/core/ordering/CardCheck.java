package com.actionpack.core.ordering;

import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a card (R8): Luhn checksum, length, known brand, expiry in the future, CVV format.
 * Returns every problem at once; never echoes the number or CVV in a message.
 */
public final class CardCheck {

    private static final Pattern EXPIRY = Pattern.compile("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$");
    private static final Pattern CVV = Pattern.compile("^\\d{3,4}$");

    /** What is kept of a valid card: its brand and last four digits. */
    public record AcceptedCard(CardBrand brand, String last4) {
    }

    /** Either an accepted card or the reasons it was refused. */
    public record Result(Optional<AcceptedCard> card, List<Reason> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result check(CardDetails details, LocalDate today) {
        List<Reason> problems = new ArrayList<>();
        String digits = digits(details);
        Optional<CardBrand> brand = Optional.empty();
        if (!digits.matches("\\d{12,19}")) {
            problems.add(invalid("The card number must be 12 to 19 digits.", "Type the number as printed on the card."));
        } else {
            brand = CardBrand.of(digits);
            if (brand.isEmpty()) {
                problems.add(invalid("The card brand is not accepted.", "Use Visa, Mastercard, American Express, Discover or JCB."));
            } else if (!brand.get().acceptsLength(digits.length())) {
                problems.add(invalid("A " + brand.get().label() + " number cannot have " + digits.length() + " digits.",
                        "Check the number on the card."));
            }
            if (!luhn(digits)) {
                problems.add(invalid("The card number is not valid (checksum).", "Check for a mistyped digit."));
            }
        }
        checkExpiry(details.expiry(), today, problems);
        String cvv = details.cvv().strip();
        int expectedCvv = brand.map(CardBrand::cvvLength).orElse(3);
        if (!CVV.matcher(cvv).matches() || (brand.isPresent() && cvv.length() != expectedCvv)) {
            problems.add(invalid("The security code must be " + expectedCvv + " digits.",
                    "It is printed on the " + (expectedCvv == 4 ? "front" : "back") + " of the card."));
        }
        if (!problems.isEmpty() || brand.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new AcceptedCard(brand.get(), last4(details))), List.of());
    }

    /**
     * The last four digits of the number as typed (spaces and dashes dropped), all of them when
     * fewer: the only part of a card that may be shown, stored or written in the audit (R8).
     */
    public static String last4(CardDetails details) {
        String digits = digits(details);
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }

    private static String digits(CardDetails details) {
        return details.number().replaceAll("[\\s-]", "");
    }

    private static void checkExpiry(String expiry, LocalDate today, List<Reason> problems) {
        Matcher m = EXPIRY.matcher(expiry);
        if (!m.matches()) {
            problems.add(invalid("The expiry date must be MM/YY.", "Type it as printed on the card, e.g. 08/29."));
            return;
        }
        int month = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (year < 100) {
            year += 2000;
        }
        if (month < 1 || month > 12) {
            problems.add(invalid("The expiry month must be 01 to 12.", "Type it as printed on the card, e.g. 08/29."));
            return;
        }
        // A card is valid through the last day of its expiry month.
        if (YearMonth.of(year, month).isBefore(YearMonth.from(today))) {
            problems.add(invalid("The card expired in " + String.format("%02d/%d", month, year) + ".", "Use a card that is still valid."));
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static Reason invalid(String message, String remedy) {
        return Reason.of(ReasonCode.INVALID_CARD, message, remedy);
    }
}
