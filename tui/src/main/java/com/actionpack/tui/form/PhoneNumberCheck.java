package com.actionpack.tui.form;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A phone field's check with Google's libphonenumber metadata: blank is allowed (the phone is
 * optional), anything else must be a possible number for the country the form names (or carry
 * its own {@code +} country code). "abc" or "12" are refused with how to type it.
 */
public final class PhoneNumberCheck implements FieldCheck {

    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final Supplier<String> country;
    private final String countryField;

    /** @param country the ISO country the form holds now (may be blank or invalid: then "+" is needed) */
    public PhoneNumberCheck(Supplier<String> country) {
        this.country = country;
        this.countryField = null;
    }

    /** For a {@link com.actionpack.tui.sheet.FormScreen}: the country is the field with this label. */
    public static PhoneNumberCheck countryIn(String countryField) {
        return new PhoneNumberCheck(countryField);
    }

    private PhoneNumberCheck(String countryField) {
        this.country = () -> "";
        this.countryField = countryField;
    }

    @Override
    public Optional<String> problem(String label, String value, java.util.Map<String, String> form) {
        return check(label, value, countryField == null ? country.get() : form.getOrDefault(countryField, ""));
    }

    /**
     * " in Germany (DE)" for an ISO 3166 country the JDK knows; nothing for a blank or unknown
     * code (a placeholder such as XX names no country, so the message names none).
     */
    private static String inCountry(String region) {
        if (!java.util.Set.of(Locale.getISOCountries()).contains(region)) {
            return "";
        }
        return " in " + new Locale("", region).getDisplayCountry(Locale.ENGLISH) + " (" + region + ")";
    }

    private Optional<String> check(String label, String value, String countryCode) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String region = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        try {
            Phonenumber.PhoneNumber parsed = numbers.parse(value, region.matches("[A-Z]{2}") ? region : "ZZ");
            if (numbers.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
        } catch (NumberParseException notANumber) {
            // falls through to the one message below
        }
        return Optional.of(label + " '" + value.strip() + "' is not a phone number" + inCountry(region)
                + ": type it with its country code, e.g. +1 425 555 0100.");
    }
}
