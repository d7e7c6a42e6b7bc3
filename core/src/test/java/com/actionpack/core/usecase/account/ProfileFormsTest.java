package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.TypedProfile;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.FieldProblem;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The profile and appeal commands refuse every invalid field at once, in form order, each as
 * core's sentence "Field problem: fix." (R1, R2); and the may-I queries of the Account screen's
 * actions answer exactly as the actions refuse (R2, R3, R4).
 */
class ProfileFormsTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 10));

    private static final TypedProfile GOOD = new TypedProfile("Contoso Ltd", "1 Main Street", "Springfield", "",
            "US", "Pat Doe", "pat@contoso.example", "");

    private static List<String> fields(InvalidInputException bad) {
        return bad.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    @DisplayName("R1: a profile typed with every field wrong is refused once, listing each field in form order")
    void everyProfileFieldAtOnce() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> new TypedProfile(" ", "", null, "", "XX", "", "not-an-email", "").toProfile());
        assertEquals(List.of(TypedProfile.LEGAL_NAME, TypedProfile.STREET, TypedProfile.CITY, TypedProfile.COUNTRY,
                TypedProfile.CONTACT_NAME, TypedProfile.CONTACT_EMAIL), fields(bad));
        assertEquals("Legal company name is required: fill it in.", bad.problems().get(0).sentence());
        assertEquals("Country 'XX' is not an ISO 3166 country code: use the two letters of the country, such as US,"
                + " DE or IN.", bad.problems().get(3).sentence());
        assertEquals("Contact email 'not-an-email' is not an email address: type it as name@example.com.",
                bad.problems().get(5).sentence());
        assertEquals("Email 'not-an-email' is not an email address: type it as name@example.com.",
                bad.problems().get(5).about("Email"), "a form names the field by its own label");
        assertTrue(bad.getMessage().startsWith("Legal company name is required: fill it in. Street is required"),
                bad.getMessage());
    }

    @Test
    @DisplayName("R1: a valid typed profile is the stored profile, stripped; an edited profile starts from the stored one")
    void validProfile() {
        LegalProfile profile = new TypedProfile(" Contoso Ltd ", "1 Main Street", "Springfield", "", "us", "Pat Doe",
                "PAT@contoso.example", "").toProfile();
        assertEquals("Contoso Ltd", profile.legalName());
        assertEquals("US", profile.country());
        assertEquals("pat@contoso.example", profile.primaryContact().email());
        assertEquals(profile, TypedProfile.of(profile).toProfile());
    }

    @Test
    @DisplayName("R2: an appeal with a bad profile, no comment and no document lists all of them at once, profile first")
    void everyAppealFieldAtOnce() {
        TypedProfile badCity = new TypedProfile("Contoso Ltd", "1 Main Street", "", "", "US", "Pat Doe",
                "pat@contoso.example", "");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> Appeal.of(badCity, " ", ""));
        assertEquals(List.of(TypedProfile.CITY, Appeal.COMMENT, Appeal.DOCUMENT), fields(bad));
        assertEquals("Appeal comment is required: fill it in.", bad.problems().get(1).sentence());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> new Appeal(GOOD.toProfile(), "", null));
        assertEquals(List.of(Appeal.COMMENT, Appeal.DOCUMENT), fields(both), "the record itself lists both texts");
        assertEquals("fixed", Appeal.of(GOOD, " fixed ", "doc-1").comment());
    }

    @Test
    @DisplayName("R2: changing the profile from typed text checks every field before anything is stored")
    void changeFromTypedText() {
        Setup setup = world.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        int audited = world.store.auditEntries().size();
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> world.core.changeProfile()
                .change(admin, new TypedProfile("", "", "Springfield", "", "US", "", "pat@contoso.example", "")));
        assertEquals(List.of(TypedProfile.LEGAL_NAME, TypedProfile.STREET, TypedProfile.CONTACT_NAME), fields(bad));
        assertEquals(audited, world.store.auditEntries().size());
        assertEquals("Contoso Group", world.core.changeProfile().change(admin, new TypedProfile("Contoso Group",
                "1 Main Street", "Springfield", "", "US", "Pat Doe", "pat@contoso.example", "")).profile().legalName());
    }

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    @Test
    @DisplayName("R2 R3 R4: a Reader may neither edit, appeal nor enroll; the queries answer as the actions refuse")
    void accountActionsMayI() {
        Setup setup = world.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        world.core.addUser().add(admin, new NewUser("reader@contoso.example", "Rea", EnumSet.of(Role.READER)));
        Actor reader = Actor.console(world.store.users.findByEmail("reader@contoso.example").orElseThrow().id());

        assertEquals(List.of(ReasonCode.MISSING_ROLE), codes(world.core.changeProfile().mayChange(reader)));
        assertEquals(world.core.changeProfile().mayChange(reader), assertThrows(ActionRefusedException.class,
                () -> world.core.changeProfile().change(reader, GOOD.toProfile())).reasons());
        assertEquals(List.of(), world.core.changeProfile().mayChange(admin));

        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.CONFLICT), codes(world.core.appealRejection().mayAppeal(reader)),
                "R2: only a rejected profile is appealed");
        assertEquals(world.core.appealRejection().mayAppeal(reader), assertThrows(ActionRefusedException.class,
                () -> world.core.appealRejection().appeal(reader, Appeal.of(GOOD, "fixed", "doc"))).reasons());
        world.core.decideVerification().decide(world.operator(), new VerificationDecision(setup.account().id(),
                VerificationStatus.REJECTED, "registry mismatch"));
        assertEquals(List.of(), world.core.appealRejection().mayAppeal(admin));

        assertEquals(List.of(ReasonCode.MISSING_ROLE), codes(world.core.enrollInProgram().mayEnroll(reader)));
        assertEquals(world.core.enrollInProgram().mayEnroll(reader), assertThrows(ActionRefusedException.class,
                () -> world.core.enrollInProgram().enroll(reader)).reasons());
        assertEquals(List.of(), world.core.enrollInProgram().mayEnroll(admin));
        world.core.enrollInProgram().enroll(admin);
        assertEquals(List.of(ReasonCode.CONFLICT), codes(world.core.enrollInProgram().mayEnroll(admin)), "R3: once");
    }
}
