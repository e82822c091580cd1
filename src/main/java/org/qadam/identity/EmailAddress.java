package org.qadam.identity;

import org.qadam.shared.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for an email as an account's identifier: trimmed, lower-cased (so the address is unique
 * whatever its case), at most 254 characters, one {@code @}, a local part of at most 64 characters and a
 * domain with a dot. Deliberately simpler than RFC 5322: a sign-in name, not a mail parser.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private EmailAddress() {
    }

    /** The canonical form of an email, or an {@link InvalidInputException} saying why it is not one. */
    public static String normalise(String email) {
        String candidate = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (candidate.isEmpty()) {
            throw new InvalidInputException("error.email.required");
        }
        if (candidate.length() > MAX_LENGTH || !SHAPE.matcher(candidate).matches()
                || candidate.contains("..") || candidate.startsWith(".")) {
            throw new InvalidInputException("error.email.invalid", email.strip());
        }
        return candidate;
    }
}
