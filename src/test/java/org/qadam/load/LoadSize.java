package org.qadam.load;

/**
 * The sizes of programme that the data generator writes (docs/performance.md). Half of the cohorts are
 * last year's cycle, finished, with certificates; half are this year's, under way, one of them large.
 * Submissions, grades, certificates and attendance follow from these counts and the course's
 * assignments; the generator prints what it wrote.
 */
public enum LoadSize {
    S(100, 500, 10, 50, 6, 20),
    M(1_000, 2_000, 40, 200, 10, 40),
    L(5_000, 10_000, 200, 1_000, 14, 100);

    final int organisations;
    final int learners;
    final int cohorts;
    /** Learners in the first of this year's cohorts: the "large cohort" of the coordinator's journey. */
    final int largeCohort;
    final int coordinators;
    final int trainers;

    LoadSize(int organisations, int learners, int cohorts, int largeCohort, int coordinators, int trainers) {
        this.organisations = organisations;
        this.learners = learners;
        this.cohorts = cohorts;
        this.largeCohort = largeCohort;
        this.coordinators = coordinators;
        this.trainers = trainers;
    }
}
