package org.qadam.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.enrolment.EnrolmentStatus;

import java.util.List;

/**
 * The certificates of many learners, one transaction each (through {@link CertificateIssuer}): for the
 * cohort's "issue all" and the benchmark. Who may do it is checked by the callers.
 */
@ApplicationScoped
public class BulkIssuing {

    @PersistenceContext
    EntityManager em;
    @Inject
    CertificateIssuer issuer;
    @Inject
    org.qadam.curriculum.Curriculum curriculum;

    /** The completed learners of a cohort without a valid certificate: the certificates proposed. */
    public List<Long> pending(long cohortId) {
        org.qadam.cohort.Cohort cohort = em.find(org.qadam.cohort.Cohort.class, cohortId);
        if (cohort == null || curriculum.version(cohort.course().code(), cohort.courseVersion()).certificateIssue() == null) {
            return List.of(); // a course without a certificate proposes none
        }
        return em.createQuery("select e.id from Enrolment e where e.cohort.id = :cohort and e.status = :completed"
                        + " and not exists (select c from Certificate c where c.enrolmentId = e.id and c.status = :valid)"
                        + " order by e.id", Long.class)
                .setParameter("cohort", cohortId).setParameter("completed", EnrolmentStatus.COMPLETED)
                .setParameter("valid", CertificateStatus.VALID).getResultList();
    }

    /**
     * Issues each one in a transaction of its own, one after the other; one failure is counted and the rest
     * go on. Returns how many were made now (those another run made first are counted as done, not made).
     */
    public int issueEach(List<Long> enrolments, long by, Runnable onDone, Runnable onFailed) {
        int made = 0;
        for (long enrolmentId : enrolments) {
            try {
                if (issuer.issueAlone(enrolmentId, by).fresh()) {
                    made++;
                }
                onDone.run();
            } catch (RuntimeException failed) {
                onFailed.run();
                java.util.logging.Logger.getLogger(BulkIssuing.class.getName())
                        .log(java.util.logging.Level.WARNING, "could not issue the certificate of enrolment " + enrolmentId, failed);
            }
        }
        return made;
    }
}
