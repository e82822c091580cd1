/**
 * A learner's way through a cohort. {@link org.qadam.progress.Progression} holds the rules without the
 * database: which modules are open, completed or closed today, when a module is complete (every lesson
 * done, every assignment passed) and whether attendance meets the course's rule.
 * {@link org.qadam.progress.Progress} applies them: the "My cycle" home, lessons of open modules only,
 * marking lessons done, completing modules and the course, and the trainer's roster, each in a fixed
 * number of queries.
 */
package org.qadam.progress;
