package org.qadam.enrolment;

import java.io.Serializable;
import java.time.Instant;

/** A new account made by a bulk enrolment, with the one-time link that lets its person set a password. */
public record InvitedPerson(String name, String email, String language, String link, Instant expiresAt) implements Serializable {
}
