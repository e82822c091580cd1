package org.qadam.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qadam.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.normalise("  Ann.Smith@Example.ORG \t")).isEqualTo("ann.smith@example.org");
    }

    @Test
    void keepsAnAlreadyCanonicalAddress() {
        assertThat(EmailAddress.normalise("a+tag@mail.example.uz")).isEqualTo("a+tag@mail.example.uz");
    }

    @Test
    void acceptsLettersOfOtherScriptsInTheDomain() {
        assertThat(EmailAddress.normalise("Info@Пример.РФ")).isEqualTo("info@пример.рф");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void anEmptyAddressIsRequired(String email) {
        assertThatThrownBy(() -> EmailAddress.normalise(email))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ann",
            "ann@",
            "@example.org",
            "ann@example",
            "ann@example.c",
            "ann@@example.org",
            "ann@exa@mple.org",
            "ann smith@example.org",
            "ann@exa mple.org",
            "ann..smith@example.org",
            ".ann@example.org",
            "ann@example..org",
            "ann@.example.org",
            "ann@example.org.",
            "\"ann\"@example.org",
            "ann<x>@example.org",
            "ann@example.123"})
    void rejectsMalformedAddresses(String email) {
        assertThatThrownBy(() -> EmailAddress.normalise(email))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));
    }

    @Test
    void theInvalidMessageQuotesWhatWasTypedTrimmed() {
        assertThatThrownBy(() -> EmailAddress.normalise("  Not An Email "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.arguments()).containsExactly("Not An Email"));
    }

    @Test
    void theLocalPartHasAtMost64Characters() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddress.normalise(local64 + "@example.org")).startsWith(local64 + "@");
        assertThatThrownBy(() -> EmailAddress.normalise("a" + local64 + "@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));
    }

    @Test
    void theWholeAddressHasAtMost254Characters() {
        String atMost = withLength(EmailAddress.MAX_LENGTH);
        String tooLong = withLength(EmailAddress.MAX_LENGTH + 1);
        assertThat(atMost).hasSize(254);
        assertThat(tooLong).hasSize(255);

        assertThat(EmailAddress.normalise(atMost)).isEqualTo(atMost);
        assertThatThrownBy(() -> EmailAddress.normalise(tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheLength() {
        String atMost = withLength(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.normalise("   " + atMost + "   ")).isEqualTo(atMost);
    }

    /** A well-formed address of exactly this length: a 64-character local part, then the domain. */
    private static String withLength(int length) {
        String local = "l".repeat(64);
        String tld = ".org";
        return local + "@" + "d".repeat(length - local.length() - 1 - tld.length()) + tld;
    }
}
