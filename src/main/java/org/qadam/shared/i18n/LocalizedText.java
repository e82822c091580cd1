package org.qadam.shared.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A short text given in all three languages, such as the name of a region. Immutable. */
@Embeddable
public class LocalizedText implements java.io.Serializable {

    public static final int MAX_LENGTH = 120;

    @Column(name = "name_en", nullable = false, length = MAX_LENGTH)
    private String en;
    @Column(name = "name_ru", nullable = false, length = MAX_LENGTH)
    private String ru;
    @Column(name = "name_uz", nullable = false, length = MAX_LENGTH)
    private String uz;

    protected LocalizedText() {
    }

    public LocalizedText(String en, String ru, String uz) {
        this.en = required(en, Language.EN);
        this.ru = required(ru, Language.RU);
        this.uz = required(uz, Language.UZ);
    }

    private static String required(String text, Language language) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new org.qadam.shared.InvalidInputException("error.translation.missing", language.nativeName());
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new org.qadam.shared.InvalidInputException("error.text.tooLong", MAX_LENGTH);
        }
        return trimmed;
    }

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case RU -> ru;
            case UZ -> uz;
        };
    }

    public String en() {
        return en;
    }

    public String ru() {
        return ru;
    }

    public String uz() {
        return uz;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && en.equals(other.en) && ru.equals(other.ru) && uz.equals(other.uz);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, ru, uz);
    }

    @Override
    public String toString() {
        return en;
    }
}
