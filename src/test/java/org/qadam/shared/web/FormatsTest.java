package org.qadam.shared.web;

import org.junit.jupiter.api.Test;
import org.qadam.identity.web.ActiveUser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Days and messages in the reader's language, as My cycle and the course page write them without components. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Formats in(String language) {
        Formats cut = new Formats();
        cut.user = new ActiveUser() {
            @Override
            public Locale getLocale() {
                return Locale.forLanguageTag(language);
            }
        };
        return cut;
    }

    @Test
    void daysInTheReadersLanguage() {
        assertThat(in("en").date(DAY)).isEqualTo("Nov 23, 2026");
        assertThat(in("en").longDate(DAY)).isEqualTo("November 23, 2026");
        assertThat(in("ru").longDate(DAY)).isEqualTo("23 ноября 2026 г.");
        assertThat(in("uz").longDate(DAY)).contains("noyabr").contains("2026").contains("23");
        assertThat(in("en").longDateTime(LocalDateTime.of(2026, 11, 23, 14, 30))).startsWith("November 23, 2026").contains("2:30");
        assertThat(in("ru").dateTime(LocalDateTime.of(2026, 11, 23, 14, 30))).isEqualTo("23 нояб. 2026 г., 14:30");
        assertThat(in("ru").longDateTime(LocalDateTime.of(2026, 11, 23, 14, 30))).startsWith("23 ноября 2026 г.").endsWith("14:30");
    }

    @Test
    void scoresAsTheReaderWritesNumbersWithoutTrailingZeros() {
        assertThat(in("en").number(new java.math.BigDecimal("70.00"))).isEqualTo("70");
        assertThat(in("en").number(new java.math.BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(in("ru").number(new java.math.BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(in("uz").number(new java.math.BigDecimal("12.25"))).isEqualTo("12,25");
        assertThat(in("en").number(null)).isEmpty();
    }

    @Test
    void nothingForNoDay() {
        assertThat(in("en").date(null)).isEmpty();
        assertThat(in("en").longDate(null)).isEmpty();
        assertThat(in("en").longDateTime(null)).isEmpty();
        assertThat(in("en").dateTime(null)).isEmpty();
    }

    @Test
    void messagesWithTheirValuesFormattedForTheLanguage() {
        assertThat(in("en").message("{0} of {1}", 1200, 3)).isEqualTo("1,200 of 3");
        assertThat(in("ru").message("{0} из {1}", 1200, 3)).isEqualTo("1\u00a0200 из 3");
        assertThat(in("en").message("Read {1}: {0,choice,1#one lesson left|1<{0} lessons left}", 1, "Rights"))
                .isEqualTo("Read Rights: one lesson left");
        assertThat(in("en").message("Read {1}: {0,choice,1#one lesson left|1<{0} lessons left}", 4, "Rights"))
                .isEqualTo("Read Rights: 4 lessons left");
        assertThat(in("uz").message("Xush kelibsiz, {0}", "Madina")).isEqualTo("Xush kelibsiz, Madina");
    }
}
