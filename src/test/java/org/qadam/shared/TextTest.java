package org.qadam.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void tidyCollapsesEveryKindOfWhiteSpaceAndTrims() {
        assertThat(Text.tidy("  Nur\u00a0\u00a0Foundation\t ")).isEqualTo("Nur Foundation");
        assertThat(Text.tidy(null)).isEmpty();
    }

    @Test
    void everyApostropheAnUzbekNameIsTypedWithComparesTheSame() {
        String stored = "Fargʻona viloyati";
        for (String typed : new String[]{"Farg'ona viloyati", "Farg’ona viloyati", "Farg‘ona viloyati", "Farg`ona viloyati", "Fargʼona viloyati"}) {
            assertThat(Text.sameApostrophes(typed)).as(typed).isEqualTo(Text.sameApostrophes(stored));
        }
        assertThat(Text.sameApostrophes("Fargona viloyati")).isNotEqualTo(Text.sameApostrophes(stored));
        assertThat(Text.sameApostrophes(null)).isEmpty();
    }

    @Test
    void escapeLikeMakesWildcardsLiteral() {
        assertThat(Text.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
    }
}
