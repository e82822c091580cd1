package org.qadam.enrolment;

/** Where a person stands in a cohort. Only active and completed learners take a place of the capacity. */
public enum EnrolmentStatus {
    REQUESTED, ACTIVE, COMPLETED, WITHDRAWN, DECLINED;

    public boolean takesAPlace() {
        return this == ACTIVE || this == COMPLETED;
    }
}
