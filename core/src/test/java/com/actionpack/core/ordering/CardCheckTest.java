package com.actionpack.core.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private final CardCheck check = new CardCheck();

    /** A number of {@code length} digits starting with {@code prefix}, with a valid Luhn check digit. */
    static String luhnValid(String prefix, int length) {
        StringBuilder body = new StringBuilder(prefix);
        while (body.length() < length - 1) {
            body.append('0');
        }
        for (int d = 0; d <= 9; d++) {
            if (CardCheck.luhn(body.toString() + d)) {
                return body.toString() + d;
            }
        }
        throw new AssertionError("no check digit");
    }

    static String luhnInvalid(String prefix, int length) {
        String good = luhnValid(prefix, length);
        char last = good.charAt(length - 1);
        return good.substring(0, length - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private CardCheck.Result run(String number, String expiry, String cvv) {
        return check.check(new CardDetails(number, expiry, cvv), TODAY);
    }

    @ParameterizedTest(name = "{0} {1} digits")
    @CsvSource({
        "VISA, 4, 13, 3", "VISA, 4, 16, 3", "VISA, 4, 19, 3",
        "MASTERCARD, 51, 16, 3", "MASTERCARD, 55, 16, 3", "MASTERCARD, 2221, 16, 3", "MASTERCARD, 2720, 16, 3",
        "AMEX, 34, 15, 4", "AMEX, 37, 15, 4",
        "DISCOVER, 6011, 16, 3", "DISCOVER, 65, 19, 3", "DISCOVER, 644, 16, 3",
        "JCB, 3528, 16, 3", "JCB, 3589, 19, 3"})
    @DisplayName("R8: a Luhn-valid number of an accepted length for its brand, future expiry and right CVV is accepted")
    void acceptedPerBrand(CardBrand brand, String prefix, int length, int cvvLength) {
        String number = luhnValid(prefix, length);
        CardCheck.Result r = run(number, "12/30", "1234".substring(0, cvvLength));
        assertEquals(List.of(), r.problems());
        assertEquals(brand, r.card().orElseThrow().brand());
        assertEquals(number.substring(length - 4), r.card().orElseThrow().last4());
    }

    @ParameterizedTest(name = "{0} {1} digits")
    @CsvSource({"4, 15", "4, 17", "51, 15", "51, 19", "34, 16", "37, 14", "6011, 15", "3528, 15"})
    @DisplayName("R8: a brand's number with a length that brand never has is refused")
    void wrongLengthForBrand(String prefix, int length) {
        CardCheck.Result r = run(luhnValid(prefix, length), "12/30", prefix.startsWith("3") && !prefix.startsWith("35") ? "1234" : "123");
        assertTrue(r.card().isEmpty());
        assertTrue(messages(r).contains("cannot have " + length + " digits"), messages(r));
    }

    @Test
    @DisplayName("R8: a Luhn checksum failure is refused; spaces and dashes are allowed in the number")
    void luhn() {
        assertTrue(run("4111 1111-1111 1111", "12/30", "123").card().isPresent());
        CardCheck.Result r = run(luhnInvalid("4", 16), "12/30", "123");
        assertTrue(r.card().isEmpty());
        assertTrue(messages(r).contains("checksum"));
    }

    @ParameterizedTest
    @CsvSource({"9", "1", "30", "50", "56", "2220", "2721", "7"})
    @DisplayName("R8: a number of no known brand is refused")
    void unknownBrand(String prefix) {
        CardCheck.Result r = run(luhnValid(prefix, 16), "12/30", "123");
        assertTrue(r.card().isEmpty());
        assertTrue(messages(r).contains("brand is not accepted"), messages(r));
    }

    @ParameterizedTest
    @CsvSource({"411111111111", "41111111111111111111", "4111abcd11111111", "''"})
    @DisplayName("R8: a number that is not 12..19 digits is refused")
    void notDigits(String number) {
        assertTrue(run(number, "12/30", "123").card().isEmpty());
    }

    @Test
    @DisplayName("R8: the last four digits the payment dialog shows are the ones the order keeps")
    void lastFour() {
        assertEquals("1111", CardCheck.last4(new CardDetails("4111 1111-1111 1111", "12/30", "123")));
        assertEquals("1111", run("4111 1111-1111 1111", "12/30", "123").card().orElseThrow().last4());
        assertEquals("42", CardCheck.last4(new CardDetails("4-2", "", "")));
        assertEquals("", CardCheck.last4(new CardDetails(null, null, null)));
    }

    @Test
    @DisplayName("R8: expiry in the past is refused; the current month is still valid")
    void expiry() {
        assertTrue(messages(run("4111111111111111", "04/26", "123")).contains("expired"));
        assertTrue(run("4111111111111111", "05/26", "123").card().isPresent());
        assertTrue(run("4111111111111111", "05/2026", "123").card().isPresent());
        assertTrue(messages(run("4111111111111111", "12/25", "123")).contains("expired"));
    }

    @ParameterizedTest
    @CsvSource({"13/29", "00/29", "1/", "12-29", "abc", "''"})
    @DisplayName("R8: month 13, month 00 and malformed expiry are refused")
    void badExpiry(String expiry) {
        CardCheck.Result r = run("4111111111111111", expiry, "123");
        assertTrue(r.card().isEmpty());
        assertTrue(messages(r).contains("expiry"), messages(r));
    }

    @ParameterizedTest
    @CsvSource({"4111111111111111, 1234", "4111111111111111, 12", "4111111111111111, 12a",
        "378282246310005, 123", "378282246310005, 12345", "5555555555554444, 1234"})
    @DisplayName("R8: CVV length is per brand (3, American Express 4)")
    void cvvPerBrand(String number, String cvv) {
        CardCheck.Result r = run(number, "12/30", cvv);
        assertTrue(r.card().isEmpty());
        assertTrue(messages(r).contains("security code"), messages(r));
    }

    @Test
    @DisplayName("R8: every problem is reported at once, none echoes the number or the CVV")
    void everyProblemNoEcho() {
        String number = luhnInvalid("34", 16);
        CardCheck.Result r = run(number, "13/29", "98765");
        assertTrue(r.problems().size() >= 4, messages(r));
        assertTrue(r.problems().stream().allMatch(p -> p.code() == ReasonCode.INVALID_CARD));
        assertFalse(messages(r).contains(number));
        assertFalse(messages(r).contains(number.substring(0, 8)));
        assertFalse(messages(r).contains("98765"));
    }

    @Test
    @DisplayName("R8: CardDetails.toString masks number and CVV")
    void toStringMasks() {
        String s = new CardDetails("4111 1111 1111 1111", "12/30", "864").toString();
        assertFalse(s.contains("4111"), s);
        assertFalse(s.contains("1111"), s);
        assertFalse(s.contains("864"), s);
        assertFalse(new PaymentChoice.Card(new CardDetails("4111111111111111", "12/30", "864")).toString().contains("4111"));
    }

    private static String messages(CardCheck.Result r) {
        return String.join(" | ", r.problems().stream().map(Reason::oneLine).toList());
    }
}
