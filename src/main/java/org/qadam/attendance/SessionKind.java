package org.qadam.attendance;

/** The kinds of face-to-face session a cohort has. */
public enum SessionKind {
    TRAINING, ROUND_TABLE, MENTORING_VISIT
}
