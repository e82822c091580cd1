package org.qadam.attendance;

import java.util.Set;

/** Fired inside the transaction that recorded attendance, so that completion is checked again in it. */
public record AttendanceRecorded(long cohortId, Set<Long> enrolmentIds) {
}
