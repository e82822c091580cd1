package org.qadam.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three languages of Qadam. Uzbek is written in Latin script. */
public enum Language {
    EN("en", "English"),
    RU("ru", "Русский"),
    UZ("uz", "Oʻzbekcha");

    private final String code;
    private final String nativeName;
    private final Locale locale;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    /** The name a speaker of the language would look for in a language switch. */
    public String nativeName() {
        return nativeName;
    }

    /** Made once: pages ask for the reader's locale many times per request. */
    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : fromCode(locale.getLanguage()).orElse(EN);
    }

    /**
     * The best of our languages for an HTTP Accept-Language header, in the browser's order of
     * preference; English when none of them is asked for or the header is malformed.
     */
    public static Language bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> ours = Arrays.stream(values()).map(Language::locale).toList();
            Locale best = Locale.lookup(ranges, ours);
            return best == null ? EN : of(best);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }
}
