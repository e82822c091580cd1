package org.qadam.shared.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"en, EN", "ru, RU", "uz, UZ", "RU, RU", "' Uz ', UZ"})
    void findsALanguageByItsCode(String code, Language expected) {
        assertThat(Language.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "eng", "ru-RU", "e"})
    void findsNoLanguageForAnythingElse(String code) {
        assertThat(Language.fromCode(code)).isEmpty();
    }

    @Test
    void eachCodeLeadsBackToItsLanguage() {
        for (Language language : Language.values()) {
            assertThat(Language.fromCode(language.code())).contains(language);
            assertThat(Language.of(language.locale())).isEqualTo(language);
        }
    }

    @Test
    void theLocaleCarriesTheCode() {
        assertThat(Language.RU.locale()).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(Language.UZ.locale().getLanguage()).isEqualTo("uz");
    }

    @Test
    void nativeNamesAreWrittenInTheirOwnLanguage() {
        assertThat(Language.EN.nativeName()).isEqualTo("English");
        assertThat(Language.RU.nativeName()).isEqualTo("Русский");
        assertThat(Language.UZ.nativeName()).isEqualTo("Oʻzbekcha");
    }

    @Test
    void ofALocaleFallsBackToEnglish() {
        assertThat(Language.of(Locale.forLanguageTag("ru-RU"))).isEqualTo(Language.RU);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ru-RU,ru;q=0.9,en;q=0.8 | RU",
            "uz                      | UZ",
            "uz-Latn-UZ              | UZ",
            "UZ                      | UZ",
            "en-GB,en;q=0.9          | EN",
            "de                      | EN",
            "de-DE,de;q=0.9          | EN",
            "de-DE,de;q=0.9,ru;q=0.5 | RU",
            "fr;q=0.9,uz;q=0.8,ru;q=0.7 | UZ",
            "en;q=0.5,ru             | RU",
            "*                       | EN"})
    void picksTheBestLanguageForAnAcceptLanguageHeader(String header, Language expected) {
        assertThat(Language.bestFor(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ru;q=abc", "ru;q=2", ";;;", "ru,,;q=", "ru_RU!"})
    void fallsBackToEnglishForAMissingOrMalformedHeader(String header) {
        assertThat(Language.bestFor(header)).isEqualTo(Language.EN);
    }
}
