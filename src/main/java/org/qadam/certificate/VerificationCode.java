package org.qadam.certificate;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes people can read out and type: 80 random bits from a secure generator, written as 16
 * characters of Crockford's base 32 (digits and capitals without I, L, O and U, so that 0/O and 1/I/L
 * cannot be confused) and a check character (Luhn mod 32), in groups: {@code 7K3M-Q9TX-2BHD-WZ4R-N}.
 * The check character turns any single mistyped character, and most swaps of two neighbours, into a typo
 * Qadam can name, rather than a code that is merely not found.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int PAYLOAD = 16;
    public static final int LENGTH = PAYLOAD + 1;

    private VerificationCode() {
    }

    /** What a typed code turned out to be. */
    public enum Outcome { WELL_FORMED, TYPO, MALFORMED }

    public record Reading(Outcome outcome, String code) {
    }

    /** A new code: 80 random bits and the check character, without dashes. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < PAYLOAD; i++) {
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The code as printed and shown: groups of four and the check character, joined by dashes. */
    public static String format(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }

    /**
     * Reads what someone typed: case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and
     * 1. Too short, too long or with other characters is malformed; a wrong check character is a typo.
     */
    public static Reading read(String typed) {
        if (typed == null) {
            return new Reading(Outcome.MALFORMED, null);
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
                return new Reading(Outcome.MALFORMED, null);
            }
            code.append(read);
        }
        if (code.length() != LENGTH) {
            return new Reading(Outcome.MALFORMED, null);
        }
        String candidate = code.toString();
        return checkCharacter(candidate.substring(0, PAYLOAD)) == candidate.charAt(PAYLOAD)
                ? new Reading(Outcome.WELL_FORMED, candidate) : new Reading(Outcome.TYPO, null);
    }

    /** Luhn mod 32 over the alphabet. */
    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }
}
