package org.qadam.assignment;

/**
 * Where an attempt stands. A learner (or NGO team) works on a {@link #DRAFT} and submits it; a trainer
 * saves a draft grade ({@link #IN_GRADING}), marks it {@link #GRADED} (final, not yet shown), and
 * {@link #RELEASED releases} it to the learner, or {@link #RETURNED returns} the work for a new attempt.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, IN_GRADING, RETURNED, GRADED, RELEASED;

    /** Handed in: the trainer sees it in the grading queue. */
    public boolean handedIn() {
        return this != DRAFT;
    }

    /** The learner sees the feedback (and, once released, the grade). */
    public boolean feedbackVisible() {
        return this == RETURNED || this == RELEASED;
    }

    /** A trainer may still change the grade. */
    public boolean gradable() {
        return this == SUBMITTED || this == IN_GRADING || this == GRADED || this == RELEASED;
    }
}
