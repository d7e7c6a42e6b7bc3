package com.actionpack.tui.operator;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Money;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.FieldCheck;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.FormScreen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        return new FormScreen(shell, title, NOTE, checked(fields), "Save price",
                values -> actions.run("Save price", () -> core.prices().save(actor, parse(values)), saved -> {
                    shell.navigator().pop();
                    shell.notices().info("Saved: " + describe(saved));
                }));
    }

    /**
     * The fields with their own checks, so that every bad figure is listed at once, in form
     * order, with the cursor on the first (rather than the first one {@link #parse} meets).
     */
    private static List<FormScreen.Field> checked(List<FormScreen.Field> fields) {
        return fields.stream().map(f -> new FormScreen.Field(f.label(), f.initial(), switch (f.label()) {
            case "Price" -> (FieldCheck) (label, value, form) -> {
                try {
                    Money.parse(value, form.getOrDefault("Currency", "").strip().toUpperCase(Locale.ROOT));
                    return Optional.empty();
                } catch (InvalidInputException bad) {
                    // A bad currency is the Currency field's own problem, which core names on save.
                    return bad.field().filter("amount"::equals).map(x -> bad.about(label));
                }
            };
            case "Tax rate %" -> FieldCheck.core(PriceForm::taxBasisPoints);
            case "Card allowed" -> FieldCheck.core(PriceForm::yesOrNo);
            default -> f.check();
        })).toList();
    }

    private static void yesOrNo(String text) {
        String card = text.strip().toLowerCase(Locale.ROOT);
        if (!card.equals("yes") && !card.equals("no")) {
            throw InvalidInputException.of("card allowed", "'" + text.strip() + "' is not yes or no", "type yes or no");
        }
    }

    /** Turns the typed figures into an offer; bad figures are one {@link InvalidInputException} line. */
    static CountryOffer parse(Map<String, String> v) {
        String currency = v.get("Currency").strip().toUpperCase(Locale.ROOT);
        // R10a: core reads the price with the currency's own decimals and words the refusal.
        Money price;
        try {
            price = Money.parse(v.get("Price"), currency);
        } catch (InvalidInputException bad) {
            // Core calls the typed figure "amount"; this form labels it Price.
            if (bad.field().filter("amount"::equals).isPresent()) {
                throw new InvalidInputException(bad.about("Price"));
            }
            throw bad;
        }
        long basisPoints = taxBasisPoints(v.get("Tax rate %"));
        yesOrNo(v.get("Card allowed"));
        String card = v.get("Card allowed").strip().toLowerCase(Locale.ROOT);
        if (basisPoints > Integer.MAX_VALUE) {
            throw InvalidInputException.of("tax rate", "must be between 0 % and 100 %", "type a percentage such as 19 or 8.25");
        }
        return new CountryOffer(v.get("Country").strip().toUpperCase(Locale.ROOT), price,
                (int) basisPoints, card.equals("yes"), v.get("Bank details"));
    }

    private static long taxBasisPoints(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.stripTrailingZeros().scale() > 2) {
                throw InvalidInputException.of("tax rate", "has more than 2 decimals", "type a percentage such as 19 or 8.25");
            }
            return value.setScale(2).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of("tax rate", "'" + text.strip() + "' is not a percentage",
                    "type a percentage such as 19 or 8.25");
        }
    }
}
