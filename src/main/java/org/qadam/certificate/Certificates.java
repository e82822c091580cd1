package org.qadam.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.curriculum.Curriculum;
import org.qadam.enrolment.Enrolment;
import org.qadam.identity.Role;
import org.qadam.progress.CourseCompleted;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.files.FileStore;
import org.qadam.shared.persistence.Conditions;
import org.qadam.shared.i18n.LocalizedText;
import org.qadam.shared.security.RequiresRole;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates: issued on completion (at once, or by a coordinator for courses that wait for approval),
 * by hand or for a whole cohort; verified by anyone by their code; revoked or re-issued by coordinators;
 * downloaded by their holder; and the register of them all.
 */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    CertificateIssuer issuer;
    @Inject
    BulkIssuing bulk;
    @Inject
    Curriculum curriculum;
    @Inject
    FileStore files;
    @Inject
    Clock clock;

    private final Map<String, BulkRun> runs = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------- issuing

    /** A course that issues automatically gets its certificate in the transaction that completes it. */
    void completed(@Observes CourseCompleted event) {
        Enrolment e = em.find(Enrolment.class, event.enrolmentId());
        String issue = curriculum.version(e.cohort().course().code(), e.cohort().courseVersion()).certificateIssue();
        if ("AUTOMATIC".equalsIgnoreCase(issue)) {
            issuer.issue(e.id(), CertificateIssuer.AUTOMATIC);
        }
    }

    /** A coordinator issues one learner's certificate; issuing twice gives the same certificate. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public Certificate issue(long enrolmentId) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null) {
            throw new NotFoundException("error.notFound");
        }
        access.asCoordinator(e.cohort().id());
        return issuer.issue(enrolmentId, access.me()).certificate();
    }

    /** How many completed learners of a cohort have no valid certificate yet: the certificates proposed. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long proposed(long cohortId) {
        access.asStaff(cohortId);
        return bulk.pending(cohortId).size();
    }

    /** A bulk run's progress, for the progress bar. */
    public record BulkProgress(int total, int done, int failed, boolean finished) implements Serializable {
        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    private static final class BulkRun {
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile boolean finished;

        BulkRun(int total) {
            this.total = total;
        }
    }

    /**
     * Issues the certificates of every completed learner of the cohort who has none, off the request, each
     * in a transaction of its own. Returns the run's id for {@link #progress}. Two runs at once, or a run
     * after a crash, issue each certificate once.
     */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public String issueAll(long cohortId) {
        access.asCoordinator(cohortId);
        long by = access.me();
        List<Long> enrolments = pending(cohortId);
        String id = UUID.randomUUID().toString();
        BulkRun run = new BulkRun(enrolments.size());
        runs.put(id, run);
        // on BulkIssuing's worker threads, not in a task of this request's (see BulkIssuing.start)
        bulk.start(enrolments, by, run.done::incrementAndGet, run.failed::incrementAndGet)
                .whenComplete((made, failure) -> run.finished = true);
        return id;
    }

    private List<Long> pending(long cohortId) {
        return bulk.pending(cohortId);
    }


    public BulkProgress progress(String runId) {
        BulkRun run = runId == null ? null : runs.get(runId);
        if (run == null) {
            return new BulkProgress(0, 0, 0, true);
        }
        return new BulkProgress(run.total, run.done.get(), run.failed.get(), run.finished);
    }

    // ---------------------------------------------------------------- managing

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void revoke(long certificateId, long expectedVersion, String reason) {
        Certificate c = locked(certificateId, expectedVersion);
        c.revoke(reason, clock.instant(), access.me());
    }

    /** Supersedes the certificate with a new one made from the holder's details as they are now. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public Certificate reissue(long certificateId, long expectedVersion, String reason) {
        Certificate c = locked(certificateId, expectedVersion);
        return issuer.reissue(c, reason, access.me());
    }

    private Certificate locked(long certificateId, long expectedVersion) {
        Certificate c = em.find(Certificate.class, certificateId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("error.notFound");
        }
        access.asCoordinator(c.cohort().id());
        if (c.version() != expectedVersion) {
            throw new org.qadam.shared.ConflictException("error.certificate.changed");
        }
        return c;
    }

    /** One line of the register, or of a holder's own list. */
    public record Row(long id, String code, String holder, String email, LocalizedText region, String cohort, long cohortId,
                      String courseCode, Instant issuedAt, CertificateStatus status, Instant statusAt, String reason,
                      long version) implements Serializable {
        public String shownCode() {
            return VerificationCode.format(code);
        }
    }

    public record RegisterQuery(String text, Long cohortId, Long regionId, CertificateStatus status) implements Serializable {
    }

    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long registerCount(RegisterQuery query) {
        requireCoordinator();
        Conditions where = registerConditions(query);
        return where.bind(em.createQuery("select count(c) from Certificate c" + where.where(), Long.class)).getSingleResult();
    }

    /**
     * One page of the register, newest first, whatever the page size: the page's ids from the certificates
     * alone, then their rows with the holder's e-mail and region.
     */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<Row> registerPage(RegisterQuery query, int first, int size) {
        requireCoordinator();
        Conditions where = registerConditions(query);
        List<Long> ids = where.bind(em.createQuery("select c.id from Certificate c" + where.where()
                        + " order by c.issuedAt desc, c.id desc", Long.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        em.createQuery("select c.id, c.code, c.holderName, a.email, r, c.cohortName, c.cohort.id, c.courseCode,"
                        + " c.issuedAt, c.status, c.statusAt, c.reason, c.version"
                        + " from Certificate c, Account a left join a.organisation o left join o.region r"
                        + " where a.id = c.accountId and c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], row(r)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Row row(Object[] r) {
        org.qadam.organisation.Region region = (org.qadam.organisation.Region) r[4];
        return new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], region == null ? null : region.name(),
                (String) r[5], (Long) r[6], (String) r[7], (Instant) r[8], (CertificateStatus) r[9], (Instant) r[10],
                (String) r[11], (Long) r[12]);
    }

    /** The register's filters on the certificate table, the holder's e-mail and region as subqueries. */
    private static Conditions registerConditions(RegisterQuery query) {
        Conditions where = new Conditions();
        if (query.cohortId() != null) {
            where.and("c.cohort.id = :cohort", "cohort", query.cohortId());
        }
        if (query.regionId() != null) {
            where.and("c.accountId in (select a.id from Account a join a.organisation o where o.region.id = :region)",
                    "region", query.regionId());
        }
        if (query.status() != null) {
            where.and("c.status = :status", "status", query.status());
        }
        String text = Text.tidy(query.text()).toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            VerificationCode.Reading code = VerificationCode.read(text);
            where.and("(lower(c.holderName) like :pattern escape '!' or c.code = :code"
                            + " or c.accountId in (select a.id from Account a where a.email like :pattern escape '!'))",
                    "pattern", "%" + Text.escapeLike(text) + "%")
                    .with("code", code.code() == null ? "-" : code.code());
        }
        return where;
    }

    /** The caller's own certificates, newest first. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<Row> mine() {
        return em.createQuery("select c.id, c.code, c.holderName, c.cohortName, c.cohort.id, c.courseCode,"
                        + " c.issuedAt, c.status, c.statusAt, c.reason, c.version from Certificate c where c.accountId = :me"
                        + " order by c.issuedAt desc", Object[].class)
                .setParameter("me", access.me()).setMaxResults(100).getResultList().stream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], "", null, (String) r[3], (Long) r[4], (String) r[5],
                        (Instant) r[6], (CertificateStatus) r[7], (Instant) r[8], (String) r[9], (Long) r[10])).toList();
    }

    /**
     * A certificate's stored PDF, checked against its SHA-256: for the coordinators, and for its holder while it is
     * valid (a revoked or replaced certificate's PDF would still look valid to whoever is shown it).
     */
    public Download pdf(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null) {
            throw new NotFoundException("error.notFound");
        }
        if (!access.isCoordinator()) {
            if (c.accountId() != access.me()) {
                throw new AccessDeniedException("error.accessDenied");
            }
            if (c.status() != CertificateStatus.VALID) {
                throw new NotFoundException("error.notFound");
            }
        }
        return new Download("certificate-" + VerificationCode.format(c.code()) + ".pdf", files.verified(c.pdf()), c.pdf().size());
    }

    public record Download(String name, Path path, long size) {
    }

    /** Every valid certificate of a cohort as one zip, written as it is read. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void zip(long cohortId, OutputStream out) throws IOException {
        Cohort cohort = access.asCoordinator(cohortId);
        List<Object[]> rows = em.createQuery("select c.code, c.holderName, c.pdfKey, c.pdfSize, c.pdfSha256 from Certificate c"
                        + " where c.cohort.id = :cohort and c.status = :valid order by c.holderName", Object[].class)
                .setParameter("cohort", cohort.id()).setParameter("valid", CertificateStatus.VALID).getResultList();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Object[] r : rows) {
                Path pdf = files.verified(new org.qadam.shared.files.StoredFile((String) r[2], (Long) r[3], (String) r[4]));
                String safe = ((String) r[1]).replaceAll("[^\\p{L}\\p{N} .-]", "_");
                zip.putNextEntry(new ZipEntry(safe + " " + VerificationCode.format((String) r[0]) + ".pdf"));
                Files.copy(pdf, zip);
                zip.closeEntry();
            }
        }
    }

    private void requireCoordinator() {
        if (!access.isCoordinator()) {
            throw new AccessDeniedException("error.accessDenied");
        }
    }

    // ---------------------------------------------------------------- verifying

    /** What anyone may learn from a code, and nothing more. */
    public record Verification(Outcome outcome, String code, String holder, Map<String, String> course, Map<String, String> issuer,
                               LocalDate startsOn, LocalDate endsOn, Instant issuedAt, Instant statusAt, String reason,
                               String supersededBy) implements Serializable {

        public enum Outcome { VALID, REVOKED, SUPERSEDED, NOT_FOUND, TYPO, MALFORMED }

        static Verification of(Outcome outcome) {
            return new Verification(outcome, null, null, Map.of(), Map.of(), null, null, null, null, null, null);
        }

        public String shownCode() {
            return code == null ? null : VerificationCode.format(code);
        }

        public String shownSupersededBy() {
            return supersededBy == null ? null : VerificationCode.format(supersededBy);
        }

        public boolean found() {
            return outcome == Outcome.VALID || outcome == Outcome.REVOKED || outcome == Outcome.SUPERSEDED;
        }
    }

    /** Public: no sign-in. A typo is told apart from a code that is merely unknown. */
    public Verification verify(String typed) {
        VerificationCode.Reading reading = VerificationCode.read(typed);
        if (reading.outcome() == VerificationCode.Outcome.MALFORMED) {
            return Verification.of(Verification.Outcome.MALFORMED);
        }
        if (reading.outcome() == VerificationCode.Outcome.TYPO) {
            return Verification.of(Verification.Outcome.TYPO);
        }
        Certificate c = em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", reading.code()).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return Verification.of(Verification.Outcome.NOT_FOUND);
        }
        JsonObject details = Json.createReader(new StringReader(c.details())).readObject();
        String newer = null;
        if (c.supersededBy() != null) {
            newer = em.createQuery("select c.code from Certificate c where c.id = :id", String.class)
                    .setParameter("id", c.supersededBy()).getResultStream().findFirst().orElse(null);
        }
        Verification.Outcome outcome = switch (c.status()) {
            case VALID -> Verification.Outcome.VALID;
            case REVOKED -> Verification.Outcome.REVOKED;
            case SUPERSEDED -> Verification.Outcome.SUPERSEDED;
        };
        return new Verification(outcome, c.code(), c.holderName(), texts(details.getJsonObject("course")),
                texts(details.getJsonObject("issuer")), c.startsOn(), c.endsOn(), c.issuedAt(),
                c.status() == CertificateStatus.VALID ? null : c.statusAt(),
                c.status() == CertificateStatus.REVOKED ? c.reason() : null, newer);
    }

    private static Map<String, String> texts(JsonObject object) {
        Map<String, String> texts = new HashMap<>();
        if (object != null) {
            object.forEach((k, v) -> texts.put(k, object.getString(k)));
        }
        return texts;
    }
}
