package org.qadam.attendance;

/** How a learner was at a session. Present and late count as attended; excused does not count against. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
