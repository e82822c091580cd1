package org.qadam.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.shared.QadamException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, gives cohorts created before release schedules existed (schema V4) the default schedule
 * of their course version, so that their learners, sessions and schedule page work. Does nothing once
 * every cohort has one.
 */
@Startup
@Singleton
@DependsOn("CourseImportAtStartup")
public class ScheduleBackfill {

    private static final Logger LOG = Logger.getLogger(ScheduleBackfill.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Curriculum curriculum;

    @PostConstruct
    void atStartUp() {
        backfill();
    }

    /** Makes the missing schedules; at start-up, and again whenever called. Returns how many were made. */
    public int backfill() {
        // in SQL: JPQL cannot ask an element collection of embeddables whether it is empty
        @SuppressWarnings("unchecked")
        List<Number> missing = em.createNativeQuery("select h.id from cohort h where not exists"
                + " (select 1 from module_release r where r.cohort_id = h.id)").setMaxResults(10_000).getResultList();
        for (Number id : missing) {
            Cohort cohort = em.find(Cohort.class, id.longValue());
            try {
                PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
                cohort.startScheduleIfMissing(course.modules().stream().map(PublishedCourse.PublishedModule::id).toList());
            } catch (QadamException unknownVersion) {
                LOG.log(Level.WARNING, "Cohort {0}: its course version is not stored; no schedule made", cohort.id());
            }
        }
        if (!missing.isEmpty()) {
            LOG.log(Level.INFO, "Release schedules made for {0} older cohorts", missing.size());
        }
        return missing.size();
    }
}
