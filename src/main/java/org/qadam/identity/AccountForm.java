package org.qadam.identity;

import org.qadam.shared.i18n.Language;

import java.util.Set;

/**
 * What an administrator fills in to create or change an account. {@code password} is required for a new
 * account and, when given for an existing one, replaces its password.
 */
public record AccountForm(String email, String displayName, Language language, Long organisationId,
                          Set<Role> roles, String password) {
}
