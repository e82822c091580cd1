package org.qadam.identity;

import org.qadam.shared.InvalidInputException;

/**
 * What a password must be. Length is what matters (NIST SP 800-63B): at least twelve characters, at
 * most 128, and not the person's own email address. No composition rules, which only breed
 * "Password1!".
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("error.password.tooShort", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException("error.password.tooLong", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new InvalidInputException("error.password.blank");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            throw new InvalidInputException("error.password.isEmail");
        }
    }
}
