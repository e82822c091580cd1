package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.html.SafeHtml;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Writes one grade change, once {@link Grading} has checked who may: the submission's row is locked, so
 * that of two trainers saving at the same moment the second waits and then finds the version moved on
 * and is refused; the change goes into the audit trail; a release re-checks completion.
 */
@ApplicationScoped
public class Grades {

    @PersistenceContext
    EntityManager em;
    @Inject
    Curriculum curriculum;
    @Inject
    Clock clock;
    @Inject
    Event<GradeReleased> released;
    @Inject
    Grading grading;

    @Transactional
    public long write(long submissionId, long expectedVersion, Map<String, BigDecimal> picks, String feedbackHtml,
                      GradeAction action, long by) {
        if (action == null) {
            throw new InvalidInputException("error.grade.actionRequired");
        }
        Submission s = em.find(Submission.class, submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.status() == SubmissionStatus.DRAFT) {
            throw new NotFoundException("error.notFound");
        }
        em.refresh(s);
        if (s.version() != expectedVersion) {
            throw new ConflictException("error.grade.changedByOther", grading.lastChangedBy(s.id()));
        }
        Cohort cohort = s.cohort();
        PublishedAssignment a = Grading.assignment(curriculum.version(cohort.course().code(), cohort.courseVersion()), s.assignmentId());
        if (action == GradeAction.RETURN && s.attempt() >= a.attempts()) {
            // the learner could not hand in again: the work would stay unpassable for good
            throw new InvalidInputException("error.grade.lastAttempt", a.attempts());
        }
        Rubric.Score score = Rubric.score(a, picks == null ? Map.of() : picks);
        GradeChange change = s.grade(action, score.levels(), score.total(), score.complete(), SafeHtml.clean(feedbackHtml),
                clock.instant(), by);
        em.persist(change);
        em.flush();
        if (action == GradeAction.RELEASE) {
            released.fire(new GradeReleased(grading.enrolmentsOf(s), Set.of(s.moduleId())));
            em.flush();
        }
        return s.version();
    }
}
