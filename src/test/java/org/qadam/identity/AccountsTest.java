package org.qadam.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one piece of {@link Accounts} that needs no database: escaping a search text for LIKE ... ESCAPE '!'. */
class AccountsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ann           | ann",
            "\"\"          | \"\"",
            "100%          | 100!%",
            "first_name    | first!_name",
            "hi!           | hi!!",
            "!%_           | !!!%!_",
            "%%            | !%!%",
            "a!_b          | a!!!_b",
            "'quoted'      | 'quoted'",
            "Ёж\\ик        | Ёж\\ик"})
    void escapesTheLikeWildcardsAndTheEscapeCharacter(String text, String expected) {
        assertThat(Accounts.likeEscaped(text)).isEqualTo(expected);
    }
}
