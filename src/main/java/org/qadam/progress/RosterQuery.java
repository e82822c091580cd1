package org.qadam.progress;

import org.qadam.enrolment.EnrolmentStatus;

import java.io.Serializable;

/** The roster's filters: region, organisation or team text, a person's name or email, a status. Empty means any. */
public record RosterQuery(Long regionId, String organisation, String person, EnrolmentStatus status) implements Serializable {
    public static RosterQuery any() {
        return new RosterQuery(null, null, null, null);
    }
}
