package org.qadam.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.security.Caller;


/**
 * Who may see and change what in a cohort, checked on the server for every id a request names:
 * coordinators and administrators see every cohort; a trainer the cohorts they run; a learner the
 * cohorts they are enrolled in.
 */
@ApplicationScoped
public class CohortAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The signed-in account's id; an {@link AccessDeniedException} for an anonymous caller. */
    public long me() {
        String name = caller.name().orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
        try {
            return Long.parseLong(name);
        } catch (NumberFormatException notOurs) {
            throw new AccessDeniedException("error.accessDenied");
        }
    }

    public boolean isCoordinator() {
        return caller.hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    public boolean isTrainerOf(long cohortId) {
        return caller.has(Role.TRAINER)
                && em.createQuery("select count(h) from Cohort h join h.trainers t where h.id = :cohort and t.id = :me", Long.class)
                .setParameter("cohort", cohortId).setParameter("me", me()).getSingleResult() > 0;
    }

    /** Whether the caller runs or manages the cohort: a coordinator, an administrator or one of its trainers. */
    public boolean isStaffOf(long cohortId) {
        return isCoordinator() || isTrainerOf(cohortId);
    }

    /** The cohort, for a coordinator or one of its trainers; refused for anyone else. */
    public Cohort asStaff(long cohortId) {
        Cohort cohort = find(cohortId);
        if (!isStaffOf(cohortId)) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return cohort;
    }

    /** The cohort, for a coordinator or administrator only. */
    public Cohort asCoordinator(long cohortId) {
        Cohort cohort = find(cohortId);
        if (!isCoordinator()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return cohort;
    }

    /** The cohort locked for update, so that two coordinators filling its last places wait for each other. */
    public Cohort lockedAsCoordinator(long cohortId) {
        if (!isCoordinator()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        return cohort;
    }

    public Cohort find(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        return cohort;
    }
}
