package org.qadam.assignment;

import java.util.Set;

/**
 * A grade was released (or a released grade corrected): the enrolments it counts for (the learner, or
 * every member of the NGO team) have their completion checked again in the same transaction. A module of
 * {@code moduleIds} completed before whose assignments are no longer all passed (a grade corrected below
 * the pass mark) is taken back.
 */
public record GradeReleased(Set<Long> enrolmentIds, Set<String> moduleIds) {
}
