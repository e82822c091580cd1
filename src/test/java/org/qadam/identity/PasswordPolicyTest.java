package org.qadam.identity;

import org.junit.jupiter.api.Test;
import org.qadam.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static final String EMAIL = "ann@example.org";

    @Test
    void acceptsTwelveCharacters() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(12), EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void acceptsALongSentence() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void refusesElevenCharacters() {
        assertRefused("a".repeat(11), EMAIL, "error.password.tooShort", 12);
    }

    @Test
    void refusesNoPasswordAtAllAsTooShort() {
        assertRefused(null, EMAIL, "error.password.tooShort", 12);
        assertRefused("", EMAIL, "error.password.tooShort", 12);
    }

    @Test
    void countsCodePointsNotCharsTowardsTheMinimum() {
        String sixEmoji = "\uD83D\uDE00".repeat(6); // 6 code points, 12 UTF-16 chars
        assertThat(sixEmoji).hasSize(12);
        assertRefused(sixEmoji, EMAIL, "error.password.tooShort", 12);

        String twelveEmoji = "\uD83D\uDE00".repeat(12);
        assertThatCode(() -> PasswordPolicy.check(twelveEmoji, EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void acceptsCyrillicAndUzbekLettersOneForOne() {
        assertThatCode(() -> PasswordPolicy.check("пароль-ёжик1", EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("oʻzbekcha-soʻz", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void acceptsAtMost128Characters() {
        assertThatCode(() -> PasswordPolicy.check("p".repeat(128), EMAIL)).doesNotThrowAnyException();
        assertRefused("p".repeat(129), EMAIL, "error.password.tooLong", 128);
    }

    @Test
    void refusesOnlySpaces() {
        assertRefused(" ".repeat(12), EMAIL, "error.password.blank");
    }

    @Test
    void refusesTheEmailItselfWhateverItsCaseAndSpaces() {
        String email = "long.name@example.org";
        assertRefused(email, email, "error.password.isEmail");
        assertRefused("  LONG.Name@Example.ORG ", email, "error.password.isEmail");
    }

    @Test
    void acceptsAPasswordThatMerelyContainsTheEmail() {
        String email = "long.name@example.org";
        assertThatCode(() -> PasswordPolicy.check(email + "!", email)).doesNotThrowAnyException();
    }

    @Test
    void withoutAnEmailOnlyTheLengthMatters() {
        assertThatCode(() -> PasswordPolicy.check("long.name@example.org", null)).doesNotThrowAnyException();
    }

    private static void assertRefused(String password, String email, String key, Object... arguments) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, email))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
