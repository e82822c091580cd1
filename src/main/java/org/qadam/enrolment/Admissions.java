package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.persistence.Flush;

import java.time.Clock;
import java.util.List;

/**
 * Giving someone a place in a cohort, one after another: the cohort's row is locked before its places
 * are counted, so two coordinators approving the last place at once cannot both succeed (the second
 * waits for the first to commit, then counts its enrolment too). Called by {@link Enrolments}, which
 * checks who is asking; this class only keeps the capacity rule.
 */
@ApplicationScoped
public class Admissions {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Teams teams;

    /** Approves a request: refused when the cohort is full, or the enrolment changed since it was read. */
    @Transactional
    public void approve(long enrolmentId, long expectedVersion, long decidedBy) {
        Enrolment enrolment = lockedCohortsEnrolment(enrolmentId, expectedVersion);
        requireRoom(enrolment.cohort());
        enrolment.approve(teamFor(enrolment), clock.instant(), decidedBy);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** Gives a withdrawn learner their place back, if there is one. */
    @Transactional
    public void reinstate(long enrolmentId, long expectedVersion, long decidedBy) {
        Enrolment enrolment = lockedCohortsEnrolment(enrolmentId, expectedVersion);
        requireRoom(enrolment.cohort());
        enrolment.reinstate(clock.instant(), decidedBy);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** How many people take a place in the cohort now (active and completed). */
    public long taken(Cohort cohort) {
        return em.createQuery("select count(e) from Enrolment e where e.cohort = :cohort and e.status in :statuses", Long.class)
                .setParameter("cohort", cohort)
                .setParameter("statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)).getSingleResult();
    }

    private void requireRoom(Cohort lockedCohort) {
        if (!lockedCohort.hasRoomFor(taken(lockedCohort), 1)) {
            throw new ConflictException("error.enrolment.full", lockedCohort.capacity());
        }
    }

    /** The team of the person's organisation in the cohort, made when it is the first of that NGO. */
    Team teamFor(Enrolment enrolment) {
        var organisation = enrolment.account().organisation();
        if (organisation == null) {
            return null;
        }
        return teams.of(enrolment.cohort(), organisation);
    }

    /** The enrolment, with its cohort's row locked first and the enrolment read again after the lock. */
    private Enrolment lockedCohortsEnrolment(long enrolmentId, long expectedVersion) {
        Long cohortId = em.createQuery("select e.cohort.id from Enrolment e where e.id = :id", Long.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        em.refresh(enrolment);
        if (enrolment.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        return enrolment;
    }
}
