package org.qadam.identity;

import org.qadam.shared.i18n.Language;

import java.util.Set;

/** One line of the accounts list: what the administrator's table shows, read in one query per page. */
public record AccountRow(long id, String email, String displayName, Language language, boolean active,
                         String organisationName, Set<Role> roles) implements java.io.Serializable {
}
