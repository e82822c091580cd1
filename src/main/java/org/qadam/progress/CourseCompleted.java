package org.qadam.progress;

/** An enrolment has just become completed (every module, and attendance as the course requires), in this transaction. */
public record CourseCompleted(long enrolmentId) {
}
