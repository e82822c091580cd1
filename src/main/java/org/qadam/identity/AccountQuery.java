package org.qadam.identity;

/**
 * A filter and order for the accounts list. {@code text} matches email or name, ignoring case;
 * {@code role} and {@code active} are optional.
 */
public record AccountQuery(String text, Role role, Boolean active, Sort sort, boolean ascending) {

    public enum Sort { NAME, EMAIL, CREATED }

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, Sort.NAME, true);
    }
}
