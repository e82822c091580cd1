package org.qadam.certificate;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.enrolment.EnrolmentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The certificates of many learners, one transaction each (through {@link CertificateIssuer}), on
 * {@code qadam.certificates.issuing-threads} worker threads: for the cohort's "issue all" and the
 * benchmark. Who may do it is checked by the callers.
 */
@ApplicationScoped
public class BulkIssuing {

    @PersistenceContext
    EntityManager em;
    @Inject
    CertificateIssuer issuer;
    @Inject
    org.qadam.curriculum.Curriculum curriculum;
    @Resource
    ManagedThreadFactory threadFactory;
    /** How many worker threads issue certificates, and so the most one bulk run uses. */
    @Inject
    @ConfigProperty(name = "qadam.certificates.issuing-threads", defaultValue = "2")
    int threads;

    /** Below this many enrolments per thread, another thread is not worth starting. */
    private static final int ENROLMENTS_PER_THREAD = 20;
    private static final Logger LOG = Logger.getLogger(BulkIssuing.class.getName());

    private final BlockingQueue<Run> queued = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();

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
     * Issues each one in a transaction of its own and waits until all are done; one failure is counted and
     * the rest go on. Returns how many were made now (those another run made first are counted as done, not
     * made).
     */
    public int issueEach(List<Long> enrolments, long by, Runnable onDone, Runnable onFailed) {
        return start(enrolments, by, onDone, onFailed).join();
    }

    /**
     * Starts issuing on the workers and returns at once; the result completes with how many were made.
     *
     * <p>The workers are {@code qadam.certificates.issuing-threads} threads of Qadam's own (at least one),
     * from the server's thread factory, which take each run's learners from one queue: a certificate is CPU
     * (the PDF) and waiting (the disk, the database), so more threads finish a large cohort sooner (the
     * figures are in docs/performance.md); a run of n learners gets n / 20 + 1 of them, up to that number. Why
     * threads of its own and not tasks handed to the server's executor from the request: Payara gives
     * such a task a shallow copy of the submitting invocation, whose non-transactional entity managers
     * the task closes when it ends, while the request may still be using them to render its page.
     */
    public CompletableFuture<Integer> start(List<Long> enrolments, long by, Runnable onDone, Runnable onFailed) {
        Run run = new Run(new ConcurrentLinkedQueue<>(enrolments), by, onDone, onFailed);
        if (enrolments.isEmpty()) {
            run.result.complete(0);
            return run.result;
        }
        int shares = Math.min(workerCount(), enrolments.size() / ENROLMENTS_PER_THREAD + 1);
        synchronized (this) {
            startWorkers();
            // a run's shares one after the other, so that two runs started at once do not wait for each other's
            for (int i = 0; i < shares; i++) {
                queued.add(run);
            }
        }
        return run.result;
    }

    /**
     * Starts the workers, or those that have ended, once: at deployment ({@link BulkIssuingStartup}), so that
     * they run with the application's context and no person's, and again should one have died.
     */
    public synchronized void startWorkers() {
        workers.removeIf(worker -> !worker.isAlive());
        while (workers.size() < workerCount()) {
            Thread worker = threadFactory.newThread(this::work);
            worker.setName("qadam-certificates-" + (workers.size() + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    private int workerCount() {
        return Math.max(1, threads);
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Run run;
            try {
                run = queued.take();
            } catch (InterruptedException stopping) {
                return;
            }
            try {
                run.drain();
            } catch (Throwable unexpected) {
                // keep the worker for the next runs; the run itself is completed by drain
                LOG.log(Level.SEVERE, "a certificate worker failed", unexpected);
            }
        }
    }

    @PreDestroy
    synchronized void stopWorkers() {
        workers.forEach(Thread::interrupt);
        workers.clear();
        for (Run waiting = queued.poll(); waiting != null; waiting = queued.poll()) {
            waiting.result.completeExceptionally(new CancellationException("Qadam is stopping"));
        }
    }

    /** One bulk run: its learners, taken by as many workers as it has shares. */
    private final class Run {
        final Queue<Long> enrolments;
        final long by;
        final Runnable onDone;
        final Runnable onFailed;
        /** learners not yet dealt with: the run is complete when the last one is, whichever worker had it */
        final AtomicInteger left;
        final AtomicInteger made = new AtomicInteger();
        final CompletableFuture<Integer> result = new CompletableFuture<>();

        Run(Queue<Long> enrolments, long by, Runnable onDone, Runnable onFailed) {
            this.enrolments = enrolments;
            this.by = by;
            this.onDone = onDone;
            this.onFailed = onFailed;
            this.left = new AtomicInteger(enrolments.size());
        }

        void drain() {
            for (Long enrolmentId = enrolments.poll(); enrolmentId != null; enrolmentId = enrolments.poll()) {
                try {
                    issueOne(enrolmentId);
                } finally {
                    if (left.decrementAndGet() == 0) {
                        result.complete(made.get());
                    }
                }
            }
        }

        private void issueOne(long enrolmentId) {
            try {
                if (issuer.issueAlone(enrolmentId, by).fresh()) {
                    made.incrementAndGet();
                }
                onDone.run();
            } catch (RuntimeException failed) {
                onFailed.run();
                LOG.log(Level.WARNING, "could not issue the certificate of enrolment " + enrolmentId, failed);
            }
        }
    }
}
