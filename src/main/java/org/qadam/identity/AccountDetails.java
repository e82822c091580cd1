package org.qadam.identity;

import org.qadam.shared.i18n.Language;

import java.time.Instant;
import java.util.Set;

/** An account as the edit page shows it, with the version the edit is based on. */
public record AccountDetails(long id, String email, String displayName, Language language, Long organisationId,
                             Long regionId, Set<Role> roles, boolean active, Instant createdAt, long version) {

    static AccountDetails of(Account a) {
        return new AccountDetails(a.id(), a.email(), a.displayName(), a.language(),
                a.organisation() == null ? null : a.organisation().id(),
                a.organisation() == null ? null : a.organisation().region().id(),
                Set.copyOf(a.roles()), a.isActive(), a.createdAt(), a.version());
    }
}
