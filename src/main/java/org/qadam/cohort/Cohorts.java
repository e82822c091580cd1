package org.qadam.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.curriculum.Course;
import org.qadam.identity.Role;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The runs of courses. For now: coordinators create cohorts and move them to a newer course version. */
@ApplicationScoped
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long create(String name, String courseCode, LocalDate startsOn, LocalDate endsOn) {
        Course course = em.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", courseCode == null ? "" : courseCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.cohort.unknownCourse"));
        Cohort cohort = new Cohort(name, course, startsOn, endsOn, clock.instant());
        em.persist(cohort);
        Flush.orConflict(em, "error.changedMeanwhile");
        return cohort.id();
    }

    /** Every cohort, newest first, in one query (paging comes with the cohort list of issue 4). */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<CohortRow> all() {
        return em.createQuery("select new org.qadam.cohort.CohortRow(h.id, h.name, c.code, h.courseVersion,"
                        + " c.latestVersion, h.startsOn, h.endsOn, h.version) from Cohort h join h.course c"
                        + " order by h.startsOn desc, h.id desc", CohortRow.class)
                .setMaxResults(500)
                .getResultList();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public int moveToLatestVersion(long id, long expectedVersion) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        if (cohort.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        cohort.moveToLatestVersion();
        Flush.orConflict(em, "error.changedMeanwhile");
        return cohort.courseVersion();
    }
}
