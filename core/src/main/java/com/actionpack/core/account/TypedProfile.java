package com.actionpack.core.account;

import com.actionpack.core.common.InputProblems;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Require;

/**
 * The legal profile as people type it into a form (R1): eight texts, none checked yet. {@link
 * #toProfile()} checks every field at once and refuses with every invalid one (an
 * {@link InvalidInputException} whose {@code problems()} name the fields by the constants
 * below, in this order), so a form lists them all, each under its own field. The country must
 * be an ISO 3166 code the JDK knows; the postal code and the phone are optional.
 *
 * <p>Null texts are taken as blank.
 */
public record TypedProfile(String legalName, String street, String city, String postalCode, String country,
        String contactName, String contactEmail, String contactPhone) {

    /** Core's names of the fields, as its sentences start ("Legal company name is required: ..."). */
    public static final String LEGAL_NAME = "legal company name";
    public static final String STREET = "street";
    public static final String CITY = "city";
    public static final String COUNTRY = "country";
    public static final String CONTACT_NAME = "contact name";
    public static final String CONTACT_EMAIL = "contact email";

    /** The texts of a stored profile, to edit. */
    public static TypedProfile of(LegalProfile p) {
        Address a = p.address();
        Contact c = p.primaryContact();
        return new TypedProfile(p.legalName(), a.street(), a.city(), a.postalCode(), a.country(), c.name(), c.email(),
                c.phone());
    }

    /**
     * Checks every field, keeping each problem in {@code problems}; returns the profile when all
     * pass, else {@code null}. For a command that checks more fields than the profile's.
     */
    public LegalProfile check(InputProblems problems) {
        String name = problems.check(() -> Require.text(legalName, LEGAL_NAME));
        String streetText = problems.check(() -> Require.text(street, STREET));
        String cityText = problems.check(() -> Require.text(city, CITY));
        String code = problems.check(() -> Require.isoCountry(country));
        String contact = problems.check(() -> Require.text(contactName, CONTACT_NAME));
        String email = problems.check(() -> Require.email(contactEmail, CONTACT_EMAIL));
        if (name == null || streetText == null || cityText == null || code == null || contact == null || email == null) {
            return null;
        }
        return new LegalProfile(name, new Address(streetText, cityText, postalCode, code),
                new Contact(contact, email, contactPhone));
    }

    /** The profile, every field checked at once; refused with every invalid field. */
    public LegalProfile toProfile() {
        InputProblems problems = new InputProblems();
        LegalProfile profile = check(problems);
        problems.throwIfAny();
        return profile;
    }
}
