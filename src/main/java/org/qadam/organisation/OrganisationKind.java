package org.qadam.organisation;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    NGO,
    GOVERNMENT
}
