package org.qadam.assignment;

/** What a trainer does with a grade on the grading page. */
public enum GradeAction {
    /** Keep the levels and feedback so far; the learner sees nothing. */
    SAVE_DRAFT(SubmissionStatus.IN_GRADING),
    /** The grade is final but not shown yet (for releasing a whole assignment at once). */
    MARK_GRADED(SubmissionStatus.GRADED),
    /** The learner sees the grade and the feedback; a passing grade counts towards completion. */
    RELEASE(SubmissionStatus.RELEASED),
    /** The learner sees the feedback and may submit a new attempt. */
    RETURN(SubmissionStatus.RETURNED);

    private final SubmissionStatus leadsTo;

    GradeAction(SubmissionStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public SubmissionStatus leadsTo() {
        return leadsTo;
    }
}
