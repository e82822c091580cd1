package org.qadam.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTest {

    private static final LocalizedText TASHKENT = new LocalizedText("Tashkent", "Ташкент", "Toshkent");

    @ParameterizedTest
    @CsvSource({"TK, TK", "tk, TK", "' uz-tk ', UZ-TK", "Q1, Q1", "A-------------15, A-------------15",
            "abcdefghijklmnop, ABCDEFGHIJKLMNOP"})
    void theCodeIsTrimmedAndUpperCased(String code, String expected) {
        Region cut = new Region(code, TASHKENT);

        assertThat(cut.code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "T", "1K", "-TK", "T K", "TK_1", "TK.1", "ТК", "abcdefghijklmnopq"})
    void refusesACodeThatBreaksTheRule(String code) {
        assertThatThrownBy(() -> new Region(code, TASHKENT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.region.code"));
    }

    @Test
    void givesItsNameInEachLanguage() {
        Region cut = new Region("TK", TASHKENT);

        assertThat(cut.name()).isEqualTo(TASHKENT);
        assertThat(cut.nameIn(Language.EN)).isEqualTo("Tashkent");
        assertThat(cut.nameIn(Language.RU)).isEqualTo("Ташкент");
        assertThat(cut.nameIn(Language.UZ)).isEqualTo("Toshkent");
    }

    @Test
    void renameReplacesTheNameButKeepsTheCode() {
        Region cut = new Region("TK", TASHKENT);

        cut.rename(new LocalizedText("Tashkent city", "город Ташкент", "Toshkent shahri"));

        assertThat(cut.nameIn(Language.UZ)).isEqualTo("Toshkent shahri");
        assertThat(cut.code()).isEqualTo("TK");
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new Region("TK", null)).isInstanceOf(NullPointerException.class);
        Region cut = new Region("TK", TASHKENT);
        assertThatThrownBy(() -> cut.rename(null)).isInstanceOf(NullPointerException.class);
        assertThat(cut.name()).isEqualTo(TASHKENT);
    }
}
