package org.qadam.shared;

/** How names typed by people are tidied before they are kept or compared. */
public final class Text {

    private Text() {
    }

    /**
     * Trimmed, with every run of white space (non-breaking spaces and tabs too) made one plain space;
     * {@code null} becomes the empty string.
     */
    public static String tidy(String typed) {
        return typed == null ? "" : typed.replaceAll("(?U)\\s+", " ").strip();
    }

    /**
     * The text with every apostrophe-like letter made one: Uzbek's oʻ and gʻ are written with ʻ (U+02BB), ʼ, ‘, ’, `
     * or a plain ' depending on the keyboard, and "Fargʻona" typed as "Farg'ona" is the same word. For comparing
     * names, not for keeping them.
     */
    public static String sameApostrophes(String text) {
        return text == null ? "" : text.replaceAll("[\u02BB\u02BC\u2018\u2019\u0060\u00B4]", "'");
    }

    /**
     * A name as kept: tidied, and refused when empty ({@code missingKey}) or longer than {@code maxLength}
     * ({@code error.text.tooLong}).
     */
    public static String requiredName(String typed, int maxLength, String missingKey) {
        String cleaned = tidy(typed);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(missingKey);
        }
        if (cleaned.length() > maxLength) {
            throw new InvalidInputException("error.text.tooLong", maxLength);
        }
        return cleaned;
    }

    /**
     * Escapes the wildcards of a JPQL {@code like} pattern with {@code !} (the queries say
     * {@code escape '!'}), so that a % or _ typed in a search box is matched as itself.
     */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
