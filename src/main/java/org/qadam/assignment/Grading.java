package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.Role;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.LocalizedText;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Conditions;
import org.qadam.shared.files.FileStore;
import org.qadam.shared.files.FileTypes;
import org.qadam.shared.files.SafeFileName;
import org.qadam.shared.files.StoredFile;
import org.qadam.shared.html.SafeHtml;
import org.qadam.shared.security.RequiresRole;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trainer's side of assignments: the grading queue of the cohorts they run (all cohorts for a
 * coordinator), the grading page, and grades saved as a draft, marked graded, released or returned for
 * revision. Two trainers saving the same grade: the second is refused, never silently overwriting the
 * first. Every change is kept in the audit trail.
 */
@ApplicationScoped
public class Grading {

    /** Feedback files a trainer attaches: any type Qadam knows, at most 20 MB. */
    public static final int MAX_FEEDBACK_FILE_MB = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Curriculum curriculum;
    @Inject
    FileStore files;
    @Inject
    Clock clock;
    @Inject
    SubmissionViews views;
    @Inject
    Event<GradeReleased> released;
    @Inject
    Grades grades;

    // ---------------------------------------------------------------- the queue

    private static final String QUEUE_ROWS = " from Submission s join s.cohort h join h.course c"
            + " left join Organisation o on o.id = s.organisationId left join o.region r"
            + " left join Team t on t.id = s.teamId left join Enrolment e on e.id = s.enrolmentId left join e.account a";

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long queueCount(QueueQuery query) {
        Conditions where = queueConditions(query);
        return where == null ? 0 : where.bind(em.createQuery("select count(s) from Submission s" + where.where(), Long.class))
                .getSingleResult();
    }

    /**
     * One page of the queue, whatever the page size: the page's ids from the submissions alone, in order,
     * then their rows with the cohort, course, NGO, team and person.
     */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<QueueRow> queuePage(QueueQuery query, int first, int size) {
        Conditions where = queueConditions(query);
        if (where == null) {
            return List.of();
        }
        String order = query.newestFirst() ? " order by s.submittedAt desc, s.id desc" : " order by s.submittedAt, s.id";
        List<Long> ids = where.bind(em.createQuery("select s.id from Submission s" + where.where() + order, Long.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("select s.id, h.id, h.name, c.code, h.courseVersion, s.assignmentId,"
                        + " t.name, a.displayName, o.name, r, s.attempt, s.status, s.late, s.submittedAt, s.total"
                        + QUEUE_ROWS + " where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], r));
        List<QueueRow> result = new ArrayList<>();
        for (Long id : ids) {
            Object[] r = byId.get(id);
            if (r == null) {
                continue; // deleted between the two reads
            }
            PublishedAssignment a = assignment(curriculum.version((String) r[3], (Integer) r[4]), (String) r[5]);
            Region region = (Region) r[9];
            result.add(new QueueRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[5], a == null ? Map.of() : a.title(),
                    r[6] != null ? (String) r[6] : (String) r[7], r[6] != null, (String) r[8],
                    region == null ? null : region.name(), (Integer) r[10], (SubmissionStatus) r[11], (Boolean) r[12],
                    (Instant) r[13], (BigDecimal) r[14], a == null ? null : a.points()));
        }
        return result;
    }

    /**
     * The conditions of the queue on the submission table alone (the filters on NGO and region as
     * subqueries), so that count and page read the index on cohort, status and date; {@code null} when
     * the caller runs no cohort at all.
     */
    private Conditions queueConditions(QueueQuery query) {
        Conditions where = new Conditions().and("s.status <> :draft", "draft", SubmissionStatus.DRAFT);
        boolean everyCohort = access.isCoordinator();
        if (query.cohortId() != null) {
            if (!everyCohort) {
                access.asStaff(query.cohortId());
            }
            where.and("s.cohort.id = :cohort", "cohort", query.cohortId());
        } else if (!everyCohort) {
            List<Long> mine = myCohortIds();
            if (mine.isEmpty()) {
                return null;
            }
            where.and("s.cohort.id in :mine", "mine", mine);
        }
        if (query.regionId() != null) {
            where.and("s.organisationId in (select o.id from Organisation o where o.region.id = :region)", "region", query.regionId());
        }
        if (query.assignmentId() != null && !query.assignmentId().isBlank()) {
            where.and("s.assignmentId = :assignment", "assignment", query.assignmentId());
        }
        QueueQuery.Filter filter = query.status();
        if (filter == QueueQuery.Filter.LATE) {
            where.and("s.late = true");
        } else if (filter != null) {
            where.and("s.status = :status", "status", SubmissionStatus.valueOf(filter.name()));
        }
        String org = Text.tidy(query.organisation()).toLowerCase(Locale.ROOT);
        if (!org.isEmpty()) {
            where.and("(s.organisationId in (select o.id from Organisation o where lower(o.name) like :org escape '!')"
                    + " or s.teamId in (select t.id from Team t where lower(t.name) like :org escape '!'))",
                    "org", "%" + Text.escapeLike(org) + "%");
        }
        return where;
    }

    /** The cohorts the caller is a trainer of. */
    private List<Long> myCohortIds() {
        return em.createQuery("select h.id from Cohort h join h.trainers tr where tr.id = :me", Long.class)
                .setParameter("me", access.me()).getResultList();
    }

    /** The assignments a queue filter offers: those of the caller's cohorts' courses, by id and title. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public Map<String, Map<String, String>> assignmentChoices(Long cohortId) {
        List<Object[]> versions = em.createQuery("select distinct c.code, h.courseVersion from Cohort h join h.course c"
                        + " where (:cohort is null or h.id = :cohort)"
                        + " and (:everyCohort = true or h.id in (select h2.id from Cohort h2 join h2.trainers tr where tr.id = :me))",
                        Object[].class)
                .setParameter("cohort", cohortId).setParameter("everyCohort", access.isCoordinator())
                .setParameter("me", access.me()).setMaxResults(100).getResultList();
        Map<String, Map<String, String>> choices = new java.util.LinkedHashMap<>();
        for (Object[] v : versions) {
            curriculum.version((String) v[0], (Integer) v[1]).modules().forEach(m -> m.assignments()
                    .forEach(a -> choices.putIfAbsent(a.id(), a.title())));
        }
        return choices;
    }

    /** A cohort or region a queue filter offers. */
    public record Choice(long id, String code, LocalizedText name, String label) implements Serializable {
    }

    /** The cohorts of the queue: those the caller runs, or all for a coordinator; newest first, at most 200. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<Choice> cohortChoices() {
        return em.createQuery("select h.id, h.name from Cohort h where (:everyCohort = true"
                        + " or h.id in (select h2.id from Cohort h2 join h2.trainers tr where tr.id = :me)) order by h.startsOn desc, h.id desc",
                        Object[].class)
                .setParameter("everyCohort", access.isCoordinator()).setParameter("me", access.me()).setMaxResults(200)
                .getResultList().stream().map(r -> new Choice((Long) r[0], null, null, (String) r[1])).toList();
    }

    /** The regions of the caller's cohorts. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<Choice> regionChoices() {
        return em.createQuery("select distinct r from Cohort h join h.regions r where (:everyCohort = true"
                        + " or h.id in (select h2.id from Cohort h2 join h2.trainers tr where tr.id = :me))", Region.class)
                .setParameter("everyCohort", access.isCoordinator()).setParameter("me", access.me()).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .map(r -> new Choice(r.id(), r.code(), r.name(), r.code())).toList();
    }

    // ---------------------------------------------------------------- the grading page

    /** Everything the grading page shows. */
    public record GradingPage(Attempt attempt, long cohortId, String cohortName, PublishedModule module,
                              PublishedAssignment assignment, String owner, boolean team, String organisation,
                              List<Attempt> earlier, List<AuditRow> audit, String lastChangedBy) implements Serializable {
    }

    /** One change in the audit trail, with the name of who made it. */
    public record AuditRow(Instant at, String by, GradeAction action, SubmissionStatus from, SubmissionStatus to,
                           BigDecimal fromTotal, BigDecimal toTotal, String fromScores, String toScores) implements Serializable {
    }

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public GradingPage page(long submissionId) {
        Submission s = handedIn(submissionId);
        Cohort cohort = access.asStaff(s.cohort().id());
        PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
        PublishedModule module = course.modules().stream().filter(m -> m.id().equals(s.moduleId())).findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        PublishedAssignment a = assignment(course, s.assignmentId());
        List<Submission> earlier = em.createQuery("select s from Submission s where s.cohort.id = :cohort and s.assignmentId = :a"
                        + " and s.ownerKey = :owner and s.attempt < :n order by s.attempt desc", Submission.class)
                .setParameter("cohort", cohort.id()).setParameter("a", s.assignmentId()).setParameter("owner", s.ownerKey())
                .setParameter("n", s.attempt()).getResultList();
        String[] who = ownerName(s);
        List<AuditRow> audit = auditRows(s.id());
        return new GradingPage(views.attempts(List.of(s), true).get(0), cohort.id(), cohort.name(), module, a, who[0],
                s.owner().isTeam(), who[1], views.attempts(earlier, true), audit,
                audit.isEmpty() ? null : audit.get(audit.size() - 1).by());
    }

    /**
     * Saves a grade: the levels picked (criterion id to points), the feedback and what to do. Refused when
     * the submission changed since the page was loaded ({@code expectedVersion}), naming who changed it.
     * Returns the new version.
     */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long save(long submissionId, long expectedVersion, Map<String, BigDecimal> picks, String feedbackHtml,
                     GradeAction action) {
        Submission s = handedIn(submissionId);
        access.asStaff(s.cohort().id());
        return grades.write(submissionId, expectedVersion, picks, feedbackHtml, action, access.me());
    }

    /** Releases every grade of an assignment in a cohort that is marked graded. Returns how many. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public int releaseGraded(long cohortId, String assignmentId) {
        access.asStaff(cohortId);
        List<Submission> graded = em.createQuery("select s from Submission s where s.cohort.id = :cohort and s.assignmentId = :a"
                        + " and s.status = :graded order by s.id", Submission.class)
                .setParameter("cohort", cohortId).setParameter("a", assignmentId).setParameter("graded", SubmissionStatus.GRADED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        long me = access.me();
        Set<Long> enrolments = new HashSet<>();
        List<Long> teams = new ArrayList<>();
        for (Submission s : graded) {
            em.persist(s.release(now, me));
            if (s.enrolmentId() != null) {
                enrolments.add(s.enrolmentId());
            } else {
                teams.add(s.teamId());
            }
        }
        if (!teams.isEmpty()) {
            enrolments.addAll(em.createQuery("select e.id from Enrolment e where e.team.id in :teams and e.status in :statuses", Long.class)
                    .setParameter("teams", teams)
                    .setParameter("statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)).getResultList());
        }
        em.flush();
        released.fire(new GradeReleased(enrolments, graded.stream().map(Submission::moduleId).collect(java.util.stream.Collectors.toSet())));
        return graded.size();
    }

    /** Attaches a feedback file to a handed-in attempt; the learner sees it with the feedback. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long addFeedbackFile(long submissionId, long expectedVersion, String name, long declaredSize, InputStream content) {
        Submission s = handedIn(submissionId);
        access.asStaff(s.cohort().id());
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(s);
        if (s.version() != expectedVersion) {
            throw new ConflictException("error.grade.changedByOther", lastChangedBy(s.id()));
        }
        long maxBytes = (long) MAX_FEEDBACK_FILE_MB * 1024 * 1024;
        if (declaredSize > maxBytes) {
            throw new InvalidInputException("error.file.tooLarge", MAX_FEEDBACK_FILE_MB);
        }
        StoredFile stored = files.store(content, maxBytes);
        if (stored.size() == 0) {
            throw new InvalidInputException("error.file.empty");
        }
        String type;
        try {
            type = FileTypes.detect(files.located(stored.key()));
        } catch (IOException unreadable) {
            throw new InvalidInputException("error.file.storeFailed");
        }
        List<String> any = List.copyOf(FileTypes.KNOWN.keySet());
        String shortName = FileTypes.allowed(type, any)
                .orElseThrow(() -> new InvalidInputException("error.file.typeNotAllowed", String.join(", ", any)));
        em.persist(new SubmissionFile(s.id(), SubmissionFile.Purpose.FEEDBACK, SafeFileName.of(name, shortName), type, stored,
                clock.instant(), access.me()));
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return s.version();
    }

    /** The audit trail of a submission's grade, oldest first. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<AuditRow> audit(long submissionId) {
        Submission s = handedIn(submissionId);
        access.asStaff(s.cohort().id());
        return auditRows(s.id());
    }

    /** The audit trail of a submission already checked (the grading page reads it and checks once). */
    private List<AuditRow> auditRows(long submissionId) {
        List<GradeChange> changes = em.createQuery("select g from GradeChange g where g.submissionId = :id order by g.changedAt, g.id",
                GradeChange.class).setParameter("id", submissionId).getResultList();
        Map<Long, String> names = Submissions.names(em, changes.stream().map(GradeChange::changedBy).distinct().toList());
        return changes.stream().map(g -> new AuditRow(g.changedAt(), names.get(g.changedBy()), g.action(), g.fromStatus(),
                g.toStatus(), g.fromTotal(), g.toTotal(), g.fromScores(), g.toScores())).toList();
    }

    // ---------------------------------------------------------------- helpers

    private Submission handedIn(long submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.status() == SubmissionStatus.DRAFT) {
            throw new NotFoundException("error.notFound");
        }
        return s;
    }

    String lastChangedBy(long submissionId) {
        List<Long> who = em.createQuery("select g.changedBy from GradeChange g where g.submissionId = :id order by g.changedAt desc, g.id desc",
                Long.class).setParameter("id", submissionId).setMaxResults(1).getResultList();
        return who.isEmpty() ? "?" : Submissions.names(em, who).getOrDefault(who.get(0), "?");
    }

    /** The enrolments a grade counts for: the learner's own, or every member of the NGO team still in the cohort. */
    Set<Long> enrolmentsOf(Submission s) {
        if (s.enrolmentId() != null) {
            return Set.of(s.enrolmentId());
        }
        return new HashSet<>(em.createQuery("select e.id from Enrolment e where e.team.id = :team and e.status in :statuses", Long.class)
                .setParameter("team", s.teamId())
                .setParameter("statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)).getResultList());
    }

    private String[] ownerName(Submission s) {
        if (s.teamId() != null) {
            Object[] r = em.createQuery("select t.name, o.name from Team t left join t.organisation o where t.id = :id", Object[].class)
                    .setParameter("id", s.teamId()).getSingleResult();
            return new String[] {(String) r[0], (String) r[1]};
        }
        Object[] r = em.createQuery("select a.displayName, o.name from Enrolment e join e.account a left join a.organisation o"
                + " where e.id = :id", Object[].class).setParameter("id", s.enrolmentId()).getSingleResult();
        return new String[] {(String) r[0], (String) r[1]};
    }

    static PublishedAssignment assignment(PublishedCourse course, String assignmentId) {
        for (PublishedModule m : course.modules()) {
            for (PublishedAssignment a : m.assignments()) {
                if (a.id().equals(assignmentId)) {
                    return a;
                }
            }
        }
        return null;
    }
}
