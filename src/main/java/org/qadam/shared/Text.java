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
     * Escapes the wildcards of a JPQL {@code like} pattern with {@code !} (the queries say
     * {@code escape '!'}), so that a % or _ typed in a search box is matched as itself.
     */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
