package org.qadam.organisation;

/** One line of the organisations list, with how many people belong to it. */
public record OrganisationRow(long id, String name, OrganisationKind kind, long regionId, String regionCode,
                              long members, long version) {
}
