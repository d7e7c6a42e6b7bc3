package com.actionpack.tui.operator;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Money;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.FormScreen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The form to set one country's price, tax, card option and bank details (R8, R10). */
final class PriceForm {

    private static final String NOTE = "New orders use these figures; orders already placed keep theirs. "
            + "Card allowed: yes or no (no means wire transfer only).";

    private PriceForm() {
    }

    static String describe(CountryOffer o) {
        String country = o.country().equals(CountryOffer.DEFAULT_COUNTRY) ? o.country() + " (any other country)" : o.country();
        return country + "  " + o.price().format() + " + tax " + o.taxRateText() + "  "
                + (o.cardAllowed() ? "card and wire" : "wire only") + "  | " + o.wireBankDetails();
    }

    static FormScreen edit(ShellContext shell, CoreServices core, Actor actor, CountryOffer offer) {
        return form(shell, core, actor, "Price for " + offer.country(), List.of(
                new FormScreen.Field("Country", offer.country()),
                new FormScreen.Field("Currency", offer.price().currency()),
                new FormScreen.Field("Price", offer.price().toDecimal().toPlainString()),
                new FormScreen.Field("Tax rate %", BigDecimal.valueOf(offer.taxBasisPoints(), 2).toPlainString()),
                new FormScreen.Field("Card allowed", offer.cardAllowed() ? "yes" : "no"),
                new FormScreen.Field("Bank details", offer.wireBankDetails())));
    }

    static FormScreen add(ShellContext shell, CoreServices core, Actor actor) {
        return form(shell, core, actor, "Price for a new country", List.of(
                new FormScreen.Field("Country", ""), new FormScreen.Field("Currency", ""),
                new FormScreen.Field("Price", ""), new FormScreen.Field("Tax rate %", ""),
                new FormScreen.Field("Card allowed", "yes"), new FormScreen.Field("Bank details", "")));
    }

    private static FormScreen form(ShellContext shell, CoreServices core, Actor actor, String title,
            List<FormScreen.Field> fields) {
        Actions actions = new Actions(shell);
        return new FormScreen(shell, title, NOTE, fields, "Save price",
                values -> actions.run("Save price", () -> core.prices().save(actor, parse(values)), saved -> {
                    shell.navigator().pop();
                    shell.notices().info("Saved: " + describe(saved));
                }));
    }

    /** Turns the typed figures into an offer; bad figures are one {@link InvalidInputException} line. */
    static CountryOffer parse(Map<String, String> v) {
        String currency = v.get("Currency").strip().toUpperCase(Locale.ROOT);
        Money unit;
        try {
            unit = Money.zero(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Currency \"" + currency + "\" is not an ISO 4217 code: type e.g. USD or EUR.");
        }
        long minor = decimal(v.get("Price"), "Price", unit.fractionDigits());
        long basisPoints = decimal(v.get("Tax rate %"), "Tax rate", 2);
        String card = v.get("Card allowed").strip().toLowerCase(Locale.ROOT);
        if (!card.equals("yes") && !card.equals("no")) {
            throw new InvalidInputException("Card allowed must be yes or no.");
        }
        if (basisPoints > Integer.MAX_VALUE) {
            throw new InvalidInputException("tax rate must be between 0 % and 100 %.");
        }
        return new CountryOffer(v.get("Country").strip().toUpperCase(Locale.ROOT), Money.of(minor, currency),
                (int) basisPoints, card.equals("yes"), v.get("Bank details"));
    }

    private static long decimal(String text, String field, int digits) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.scale() > digits) {
                throw new InvalidInputException(field + " has too many decimals: use at most " + digits + ".");
            }
            return value.movePointRight(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field + " must be a number such as 475.00.");
        }
    }
}
