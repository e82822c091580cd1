package org.qadam.progress;

import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.shared.i18n.LocalizedText;

import java.io.Serializable;

/** A learner on a cohort's roster: where they come from, their team, status, modules completed and attendance. */
public record RosterRow(long enrolmentId, String name, String email, LocalizedText region, String organisation,
                        String team, EnrolmentStatus status, java.time.Instant statusAt, String reason,
                        long modulesCompleted, long attended, long held, long version) implements Serializable {
}
