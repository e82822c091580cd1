package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * People in cohorts one by one: asking to join an open cohort, a coordinator approving or declining,
 * withdrawing and reinstating, and moving a learner to another NGO team. Capacity is checked with the
 * cohort's row locked, so two coordinators approving the last place at once cannot both succeed.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Clock clock;
    @Inject
    Admissions admissions;
    @Inject
    Teams teams;

    /** A cohort a signed-in person may ask to join, and where their own request stands. */
    public record OpenCohort(long id, String name, String courseCode, LocalDate startsOn, LocalDate endsOn,
                             Integer capacity, long taken, EnrolmentStatus myStatus, String myReason)
            implements Serializable {
        public boolean isFull() {
            return capacity != null && taken >= capacity;
        }
    }

    /** A request or enrolment as the coordinator's lists show it. */
    public record EnrolmentRow(long id, long accountId, String name, String email, String organisation, String team,
                               EnrolmentStatus status, Instant statusAt, String reason, long version) implements Serializable {
    }

    /** Cohorts open for requests that have not ended, with the caller's own request if any. Two queries. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<OpenCohort> openCohorts() {
        long me = access.me();
        List<Object[]> found = em.createQuery("select h.id, h.name, c.code, h.startsOn, h.endsOn, h.capacity,"
                        + " (select count(e) from Enrolment e where e.cohort = h and e.status in :taking), m.status, m.reason"
                        + " from Cohort h join h.course c left join Enrolment m on m.cohort = h and m.account.id = :me"
                        + " where h.openForRequests = true and h.endsOn >= :today"
                        + " order by h.startsOn, h.id", Object[].class)
                .setParameter("taking", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED))
                .setParameter("me", me).setParameter("today", LocalDate.now(clock))
                .setMaxResults(200).getResultList();
        return found.stream().map(r -> new OpenCohort((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                (LocalDate) r[4], (Integer) r[5], (Long) r[6], (EnrolmentStatus) r[7], (String) r[8])).toList();
    }

    /** The caller asks to join a cohort open for requests. Asking twice is refused; a declined person may ask again. */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void requestToJoin(long cohortId) {
        long me = access.me();
        Cohort cohort = access.find(cohortId);
        if (cohort.endsOn().isBefore(LocalDate.now(clock))) {
            throw new ConflictException("error.enrolment.notOpen");
        }
        Enrolment existing = em.createQuery("select e from Enrolment e where e.cohort = :cohort and e.account.id = :me", Enrolment.class)
                .setParameter("cohort", cohort).setParameter("me", me).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            if (existing.status() != EnrolmentStatus.DECLINED) {
                throw new ConflictException("error.enrolment.alreadyAsked");
            }
            existing.requestAgain(clock.instant());
        } else {
            em.persist(Enrolment.requested(cohort, em.find(Account.class, me), clock.instant()));
        }
        Flush.orConflict(em, "error.enrolment.alreadyAsked");
    }

    /** A cohort's requests and enrolments of one status, by name. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN, Role.TRAINER})
    public List<EnrolmentRow> ofStatus(long cohortId, EnrolmentStatus status, int max) {
        Cohort cohort = access.asStaff(cohortId);
        return em.createQuery("select new org.qadam.enrolment.Enrolments.EnrolmentRow(e.id, a.id, a.displayName, a.email,"
                        + " o.name, t.name, e.status, e.statusAt, e.reason, e.version) from Enrolment e join e.account a"
                        + " left join a.organisation o left join e.team t where e.cohort = :cohort and e.status = :status"
                        + " order by a.displayName, e.id", EnrolmentRow.class)
                .setParameter("cohort", cohort).setParameter("status", status).setMaxResults(max).getResultList();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void approve(long enrolmentId, long expectedVersion) {
        enrolmentAsCoordinator(enrolmentId, expectedVersion);
        admissions.approve(enrolmentId, expectedVersion, access.me());
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void decline(long enrolmentId, long expectedVersion, String reason) {
        Enrolment enrolment = enrolmentAsCoordinator(enrolmentId, expectedVersion);
        enrolment.decline(reason, clock.instant(), access.me());
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void withdraw(long enrolmentId, long expectedVersion, String reason) {
        Enrolment enrolment = enrolmentAsCoordinator(enrolmentId, expectedVersion);
        enrolment.withdraw(reason, clock.instant(), access.me());
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void reinstate(long enrolmentId, long expectedVersion) {
        enrolmentAsCoordinator(enrolmentId, expectedVersion);
        admissions.reinstate(enrolmentId, expectedVersion, access.me());
    }

    /** Moves a learner to the team of that name in the cohort, making the team if it is new. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void moveToTeam(long enrolmentId, long expectedVersion, String teamName) {
        Enrolment enrolment = enrolmentAsCoordinator(enrolmentId, expectedVersion);
        enrolment.moveTo(teams.named(enrolment.cohort(), teamName));
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** Up to 20 team names of a cohort containing the text typed, in order, for choosing one. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN, Role.TRAINER})
    public List<String> teamNames(long cohortId, String typed) {
        access.asStaff(cohortId);
        String text = Text.tidy(typed).toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("select t.name from Team t where t.cohort.id = :cohort and lower(t.name) like :pattern escape '!'"
                        + " order by t.name", String.class)
                .setParameter("cohort", cohortId).setParameter("pattern", "%" + Text.escapeLike(text) + "%")
                .setMaxResults(20).getResultList();
    }

    private Enrolment enrolmentAsCoordinator(long enrolmentId, long expectedVersion) {
        if (!access.isCoordinator()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException("error.notFound");
        }
        if (enrolment.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        return enrolment;
    }

}
