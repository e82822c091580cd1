package org.qadam.shared.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qadam.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalizedTextTest {

    @Test
    void givesTheTextInEachLanguage() {
        LocalizedText cut = new LocalizedText("Samarkand", "Самарканд", "Samarqand");

        assertThat(cut.in(Language.EN)).isEqualTo("Samarkand");
        assertThat(cut.in(Language.RU)).isEqualTo("Самарканд");
        assertThat(cut.in(Language.UZ)).isEqualTo("Samarqand");
        assertThat(cut.en()).isEqualTo("Samarkand");
        assertThat(cut.ru()).isEqualTo("Самарканд");
        assertThat(cut.uz()).isEqualTo("Samarqand");
    }

    @Test
    void trimsEachText() {
        LocalizedText cut = new LocalizedText("  Bukhara ", "\tБухара\n", " Buxoro ");

        assertThat(cut.en()).isEqualTo("Bukhara");
        assertThat(cut.ru()).isEqualTo("Бухара");
        assertThat(cut.uz()).isEqualTo("Buxoro");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresTheEnglishText(String missing) {
        assertMissing(() -> new LocalizedText(missing, "Бухара", "Buxoro"), Language.EN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresTheRussianText(String missing) {
        assertMissing(() -> new LocalizedText("Bukhara", missing, "Buxoro"), Language.RU);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresTheUzbekText(String missing) {
        assertMissing(() -> new LocalizedText("Bukhara", "Бухара", missing), Language.UZ);
    }

    @Test
    void acceptsAtMost120CharactersAfterTrimming() {
        String longest = "x".repeat(LocalizedText.MAX_LENGTH);

        LocalizedText cut = new LocalizedText(" " + longest + " ", longest, longest);

        assertThat(cut.en()).hasSize(120);
    }

    @Test
    void refusesATextTooLongInAnyLanguage() {
        String tooLong = "x".repeat(LocalizedText.MAX_LENGTH + 1);
        assertTooLong(() -> new LocalizedText(tooLong, "ok", "ok"));
        assertTooLong(() -> new LocalizedText("ok", tooLong, "ok"));
        assertTooLong(() -> new LocalizedText("ok", "ok", tooLong));
    }

    @Test
    void isEqualByItsThreeTexts() {
        LocalizedText cut = new LocalizedText("Navoi", "Навои", "Navoiy");

        assertThat(cut).isEqualTo(new LocalizedText(" Navoi", "Навои ", "Navoiy"))
                .hasSameHashCodeAs(new LocalizedText("Navoi", "Навои", "Navoiy"));
        assertThat(cut).isNotEqualTo(new LocalizedText("Navoi", "Навои", "Navoi"));
        assertThat(cut).isNotEqualTo(new LocalizedText("Navoi", "Навоий", "Navoiy"));
        assertThat(cut).isNotEqualTo(new LocalizedText("Navoiy", "Навои", "Navoiy"));
        assertThat(cut.toString()).isEqualTo("Navoi");
    }

    private static void assertMissing(org.assertj.core.api.ThrowableAssert.ThrowingCallable creation,
                                      Language language) {
        assertThatThrownBy(creation).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.translation.missing");
            assertThat(e.arguments()).containsExactly(language.nativeName());
        });
    }

    private static void assertTooLong(org.assertj.core.api.ThrowableAssert.ThrowingCallable creation) {
        assertThatThrownBy(creation).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
            assertThat(e.arguments()).containsExactly(LocalizedText.MAX_LENGTH);
        });
    }
}
