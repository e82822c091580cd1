package org.qadam.certificate;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aCodeIsSixteenCharactersOfEightyBitsAndACheckCharacterWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(code).hasSize(17).matches("[0-9A-HJKMNP-TV-Z]{17}").doesNotContain("O", "I", "L", "U");
            assertThat(VerificationCode.read(code)).isEqualTo(new VerificationCode.Reading(VerificationCode.Outcome.WELL_FORMED, code));
            seen.add(code);
        }
        assertThat(seen).as("not sequential, no repeats").hasSize(2000);
        assertThat(Math.pow(32, 16)).as("80 bits").isEqualTo(Math.pow(2, 80));
    }

    @Test
    void theShownFormIsGroupsOfFourAndIsReadBackWhateverTheCaseSpacesOrLookAlikes() {
        String code = "7K3MQ9TX2BHDWZ4R" + VerificationCode.checkCharacter("7K3MQ9TX2BHDWZ4R");
        String shown = VerificationCode.format(code);
        assertThat(shown).matches("7K3M-Q9TX-2BHD-WZ4R-[0-9A-Z]");
        assertThat(VerificationCode.read(shown.toLowerCase()).code()).isEqualTo(code);
        assertThat(VerificationCode.read(" " + shown.replace("-", " ") + " ").code()).isEqualTo(code);
        String withZero = "0000111122223333";
        String c = withZero + VerificationCode.checkCharacter(withZero);
        assertThat(VerificationCode.read("OOOO-IIII-2222-3333-" + c.charAt(16)).code()).as("O read as 0, I as 1").isEqualTo(c);
        assertThat(VerificationCode.read("oooo-llll-2222-3333-" + c.charAt(16)).code()).as("l read as 1").isEqualTo(c);
    }

    @Test
    void everySingleMistypedCharacterAndEverySwapOfNeighboursIsATypo() {
        for (int n = 0; n < 200; n++) {
            String code = VerificationCode.generate(random);
            for (int i = 0; i < code.length(); i++) {
                for (char c : VerificationCode.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(VerificationCode.read(typo).outcome()).as(typo).isEqualTo(VerificationCode.Outcome.TYPO);
                }
            }
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                VerificationCode.Outcome outcome = VerificationCode.read(swapped).outcome();
                if (outcome == VerificationCode.Outcome.WELL_FORMED) {
                    // Luhn mod 32 misses only the swap of the first and last characters of the alphabet (0 and Z),
                    // as Luhn in base 10 misses 09 and 90
                    assertThat(Math.abs(VerificationCode.ALPHABET.indexOf(code.charAt(i)) - VerificationCode.ALPHABET.indexOf(code.charAt(i + 1))))
                            .isEqualTo(31);
                } else {
                    assertThat(outcome).isEqualTo(VerificationCode.Outcome.TYPO);
                }
            }
        }
    }

    @Test
    void wrongLengthOrForeignCharactersAreNotACode() {
        assertThat(VerificationCode.read(null).outcome()).isEqualTo(VerificationCode.Outcome.MALFORMED);
        assertThat(VerificationCode.read("").outcome()).isEqualTo(VerificationCode.Outcome.MALFORMED);
        assertThat(VerificationCode.read("7K3M-Q9TX").outcome()).isEqualTo(VerificationCode.Outcome.MALFORMED);
        assertThat(VerificationCode.read("7K3M-Q9TX-2BHD-WZ4R-8-9").outcome()).isEqualTo(VerificationCode.Outcome.MALFORMED);
        assertThat(VerificationCode.read("7K3M-Q9TX-2BHD-WZ4U-8").outcome()).as("U is not in the alphabet").isEqualTo(VerificationCode.Outcome.MALFORMED);
        assertThat(VerificationCode.read("<script>alert(1)</script>").outcome()).isEqualTo(VerificationCode.Outcome.MALFORMED);
    }
}
