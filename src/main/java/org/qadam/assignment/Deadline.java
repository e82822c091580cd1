package org.qadam.assignment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An assignment's dates for one learner or team, inclusive and in the programme's time zone: handed in
 * after {@code dueOn} is late; after {@code cutOffOn} it is refused. An extension replaces both with its
 * own day. A {@code null} due date means the module has not opened for them yet.
 */
public record Deadline(LocalDate dueOn, LocalDate cutOffOn, LocalDate extendedUntil) implements Serializable {

    /**
     * The dates that hold: an extension first, then the cohort's own dates for the assignment, then the
     * course's day counts from the day the module opened.
     */
    public static Deadline of(LocalDate moduleOpenedOn, int dueDays, int cutOffDays, LocalDate cohortDue,
                              LocalDate cohortCutOff, LocalDate extensionUntil) {
        LocalDate due;
        LocalDate cutOff;
        if (cohortDue != null && cohortCutOff != null) {
            due = cohortDue;
            cutOff = cohortCutOff;
        } else if (moduleOpenedOn != null) {
            due = moduleOpenedOn.plusDays(dueDays);
            cutOff = moduleOpenedOn.plusDays(Math.max(dueDays, cutOffDays));
        } else {
            due = null;
            cutOff = null;
        }
        return new Deadline(due, cutOff, extensionUntil);
    }

    /** The last day on which handing in is not late: the later of the due date and an extension. */
    public LocalDate effectiveDue() {
        return later(dueOn, extendedUntil);
    }

    /** The last day on which handing in is accepted: the later of the cut-off and an extension. */
    public LocalDate effectiveCutOff() {
        return later(cutOffOn, extendedUntil);
    }

    private static LocalDate later(LocalDate date, LocalDate extension) {
        if (extension == null) {
            return date;
        }
        return date == null || extension.isAfter(date) ? extension : date;
    }

    public boolean isLate(LocalDate day) {
        LocalDate due = effectiveDue();
        return due != null && day.isAfter(due);
    }

    public boolean isClosed(LocalDate day) {
        LocalDate cutOff = effectiveCutOff();
        return cutOff != null && day.isAfter(cutOff);
    }
}
