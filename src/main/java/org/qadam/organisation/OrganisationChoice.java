package org.qadam.organisation;

/** An organisation as a choice in a form: its id and name. */
public record OrganisationChoice(long id, String name) implements java.io.Serializable {
}
