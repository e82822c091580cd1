package org.qadam.it;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.qadam.enrolment.Admissions;
import org.qadam.shared.QadamException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs service calls on threads of their own, each in its own transaction, so that two approvals can
 * race for the last place of a cohort. They call {@link Admissions}, where the capacity rule and its lock
 * live; who may approve is checked before, in {@link org.qadam.enrolment.Enrolments}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConcurrentCalls {

    @Inject
    Admissions admissions;
    @Inject
    org.qadam.assignment.Grades grades;
    @Inject
    org.qadam.certificate.BulkIssuing bulk;

    /** Waits for the start signal, then issues the cohort's proposed certificates; answers how many it made. */
    @Asynchronous
    public Future<Integer> issueAll(CountDownLatch start, long cohortId, long by) {
        try {
            start.await(30, TimeUnit.SECONDS);
            return new AsyncResult<>(bulk.issueEach(bulk.pending(cohortId), by, () -> { }, () -> { }));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new AsyncResult<>(-1);
        }
    }

    /** Waits for the start signal, then saves a grade as {@code trainer}; answers "saved" or the refusal's message key. */
    @Asynchronous
    public Future<String> grade(CountDownLatch start, long submissionId, long version,
                                java.util.Map<String, java.math.BigDecimal> picks, String feedback, long trainer) {
        try {
            start.await(30, TimeUnit.SECONDS);
            grades.write(submissionId, version, picks, feedback, org.qadam.assignment.GradeAction.SAVE_DRAFT, trainer);
            return new AsyncResult<>("saved");
        } catch (QadamException refused) {
            return new AsyncResult<>(refused.messageKey());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new AsyncResult<>("interrupted");
        }
    }

    /** Waits for the start signal, then approves; answers "approved" or the refusal's message key. */
    @Asynchronous
    public Future<String> approve(CountDownLatch start, long enrolmentId, long version, long decidedBy) {
        try {
            start.await(30, TimeUnit.SECONDS);
            admissions.approve(enrolmentId, version, decidedBy);
            return new AsyncResult<>("approved");
        } catch (QadamException refused) {
            return new AsyncResult<>(refused.messageKey());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new AsyncResult<>("interrupted");
        }
    }
}
