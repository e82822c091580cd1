package org.qadam.curriculum;

import org.qadam.shared.i18n.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A text of a course in the languages it was written in. */
public record Translations(Map<Language, String> texts) {

    /** The order in which another language stands in for a missing one, by default. */
    public static final List<Language> FALLBACK = List.of(Language.UZ, Language.RU, Language.EN);

    public Translations {
        texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    }

    public boolean has(Language language) {
        return texts.containsKey(language);
    }

    /** The text in this language, or in the first of the fallback languages that has it. */
    public Optional<Shown> in(Language wanted) {
        if (texts.containsKey(wanted)) {
            return Optional.of(new Shown(texts.get(wanted), wanted));
        }
        return FALLBACK.stream().filter(texts::containsKey).findFirst().map(l -> new Shown(texts.get(l), l));
    }

    /** A text as shown, with the language it is really in (which a page says when it differs). */
    public record Shown(String text, Language language) {
    }
}
