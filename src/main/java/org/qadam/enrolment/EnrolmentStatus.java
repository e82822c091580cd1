package org.qadam.enrolment;

/** Where a person stands in a cohort. Only active and completed learners take a place of the capacity. */
public enum EnrolmentStatus {
    REQUESTED, ACTIVE, COMPLETED, WITHDRAWN, DECLINED;

    /** The status's name in the reader's language, for a message that says it. */
    public org.qadam.shared.i18n.BundleText label() {
        return new org.qadam.shared.i18n.BundleText("enrolment.status." + name());
    }

    public boolean takesAPlace() {
        return this == ACTIVE || this == COMPLETED;
    }

    /** Admitted once, so the learner sees the cohort's page and content (a withdrawn learner keeps them to read). */
    public boolean seesCohortContent() {
        return this == ACTIVE || this == COMPLETED || this == WITHDRAWN;
    }
}
