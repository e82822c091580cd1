package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.qadam.cohort.CohortAccess;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.enrolment.Enrolment;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.enrolment.Team;
import org.qadam.identity.Role;
import org.qadam.progress.Progress;
import org.qadam.progress.Progression;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A learner's side of assignments: the assignment page of an open module, the draft (text and files),
 * handing it in (late after the due date, refused after the cut-off unless an extension covers it), and
 * the attempts so far with the feedback and grade they may see. For a team assignment, any member of the
 * NGO team works on the one submission of the team.
 */
@ApplicationScoped
public class Submissions {

    @PersistenceContext
    EntityManager em;
    @Inject
    Progress progress;
    @Inject
    CohortAccess access;
    @Inject
    FileStore files;
    @Inject
    Clock clock;
    @Inject
    SubmissionViews views;

    /** An assignment as the learner's page shows it. */
    public record AssignmentPage(long cohortId, String cohortName, String courseCode, PublishedModule module, PublishedAssignment assignment,
                                 boolean moduleOpen, Deadline deadline, boolean forTeam, String teamName,
                                 List<Attempt> attempts, Attempt draft, boolean canWork, boolean closed,
                                 int attemptsUsed) implements Serializable {

        public Attempt latest() {
            return attempts.isEmpty() ? null : attempts.get(0);
        }

        public int attemptsLeft() {
            return Math.max(0, assignment.attempts() - attemptsUsed);
        }
    }

    /** One assignment in the list on the learner's cohort page. */
    public record AssignmentRow(String id, java.util.Map<String, String> title, java.util.Map<String, String> moduleTitle,
                                boolean open, LocalDate due, LocalDate cutOff, boolean team, SubmissionStatus status,
                                BigDecimal total, BigDecimal points) implements Serializable {
    }

    /** Every assignment of the caller's cohort with its dates and where their (or their team's) work stands. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<AssignmentRow> mine(long cohortId) {
        return mine(progress.standing(cohortId));
    }

    /**
     * {@link #mine(long)} for a standing already read, as the course page has it. Progress makes a standing
     * only of the caller's own enrolment ({@code standing}, {@code myCohortPage}), checked there.
     */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<AssignmentRow> mine(Progress.Standing standing) {
        long cohortId = standing.enrolment().cohort().id();
        PublishedCourse course = standing.course();
        List<String> keys = new ArrayList<>();
        keys.add("E" + standing.enrolment().id());
        if (standing.teamId() != null) {
            keys.add("T" + standing.teamId());
        }
        Map<String, Object[]> latest = new HashMap<>();
        em.createQuery("select s.ownerKey, s.assignmentId, s.attempt, s.status, s.total from Submission s"
                        + " where s.cohort.id = :cohort and s.ownerKey in :keys order by s.attempt", Object[].class)
                .setParameter("cohort", cohortId).setParameter("keys", keys).getResultList()
                .forEach(r -> latest.put(r[0] + "#" + r[1], r));
        List<AssignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            PublishedModule module = course.modules().get(i);
            boolean open = standing.modules().get(i).isOpen();
            for (PublishedAssignment a : module.assignments()) {
                Object[] s = latest.get(standing.owner(a).key() + "#" + a.id());
                SubmissionStatus status = s == null ? null : (SubmissionStatus) s[3];
                Deadline d = standing.deadlines().get(a.id());
                rows.add(new AssignmentRow(a.id(), a.title(), module.title(), open, d.effectiveDue(), d.effectiveCutOff(),
                        standing.owner(a).isTeam(), status, status == SubmissionStatus.RELEASED ? (BigDecimal) s[4] : null,
                        a.points()));
            }
        }
        return rows;
    }

    /** The assignment page; refused for anyone not in the cohort, and for an assignment of a closed module. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public AssignmentPage page(long cohortId, String assignmentId) {
        return page(work(cohortId, assignmentId));
    }

    /** A file the learner adds to the draft, as the browser sent it. */
    public record NewFile(String name, long declaredSize, InputStream content) {
    }

    /*
     * Each change below is what a button of the assignment page does, in one transaction that also reads the
     * page as it stands after the change: the learner's progress facts are read once, not once for saving the
     * text, again for the file and again for the page (the upload sent 52 statements that way). A refused
     * change changes nothing, the text included; the page keeps what was typed.
     */

    /** Saves the draft's text (sanitised); starts the draft if there is none. */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public AssignmentPage saveDraft(long cohortId, String assignmentId, String html, Long expectedVersion) {
        Work work = workToChange(cohortId, assignmentId);
        writeText(work, html, expectedVersion);
        return page(work);
    }

    /**
     * Saves the draft's text and adds a file to it: at most the course's number of files and size, of an
     * allowed type read from its content, under a safe name; stored with its SHA-256 in the same
     * transaction as its row.
     */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public AssignmentPage addFile(long cohortId, String assignmentId, String html, NewFile file, Long expectedVersion) {
        Work work = workToChange(cohortId, assignmentId);
        PublishedAssignment a = work.assignment;
        long maxBytes = (long) a.maxFileSizeMb() * 1024 * 1024;
        if (file.declaredSize() > maxBytes) {
            throw new InvalidInputException("error.file.tooLarge", a.maxFileSizeMb());
        }
        if (file.declaredSize() == 0) {
            throw new InvalidInputException("error.file.empty");
        }
        Submission draft = writeText(work, html, expectedVersion);
        long count = em.createQuery("select count(f) from SubmissionFile f where f.submissionId = :id and f.purpose = :p", Long.class)
                .setParameter("id", draft.id()).setParameter("p", SubmissionFile.Purpose.SUBMISSION).getSingleResult();
        if (count >= a.maxFiles()) {
            throw new InvalidInputException("error.file.tooMany", a.maxFiles());
        }
        StoredFile stored = files.store(file.content(), maxBytes);
        if (stored.size() == 0) {
            throw new InvalidInputException("error.file.empty");
        }
        String type = detect(stored);
        String shortName = FileTypes.allowed(type, a.fileTypes())
                .orElseThrow(() -> new InvalidInputException("error.file.typeNotAllowed", String.join(", ", a.fileTypes())));
        em.persist(new SubmissionFile(draft.id(), SubmissionFile.Purpose.SUBMISSION, SafeFileName.of(file.name(), shortName),
                type, stored, clock.instant(), access.me()));
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushed(draft);
        return page(work);
    }

    /** Takes a file off the draft; its bytes go when the transaction commits. */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public AssignmentPage removeFile(long cohortId, String assignmentId, long fileId, Long expectedVersion) {
        Work work = workToChange(cohortId, assignmentId);
        Submission draft = draft(work, expectedVersion);
        SubmissionFile file = em.find(SubmissionFile.class, fileId);
        if (file == null || !file.submissionId().equals(draft.id()) || file.purpose() != SubmissionFile.Purpose.SUBMISSION) {
            throw new NotFoundException("error.notFound");
        }
        em.remove(file);
        files.deleteAfterCommit(file.storageKey());
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushed(draft);
        return page(work);
    }

    /**
     * Saves the draft's text (starting the draft if there is none, as {@link #saveDraft} does) and hands the
     * draft in: late after the due date, refused after the cut-off unless an extension covers the day,
     * refused when it is empty or another member changed it meanwhile.
     * The attempt handed in is the page's {@link AssignmentPage#latest()}.
     */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public AssignmentPage submit(long cohortId, String assignmentId, String html, Long expectedVersion) {
        Work work = workToChange(cohortId, assignmentId);
        LocalDate today = LocalDate.now(clock);
        if (work.deadline.isClosed(today)) {
            throw new ConflictException("error.submission.cutOffPassed", work.deadline.effectiveCutOff());
        }
        Submission draft = writeText(work, html, expectedVersion);
        long fileCount = em.createQuery("select count(f) from SubmissionFile f where f.submissionId = :id and f.purpose = :p", Long.class)
                .setParameter("id", draft.id()).setParameter("p", SubmissionFile.Purpose.SUBMISSION).getSingleResult();
        draft.submit(clock.instant(), access.me(), work.deadline.isLate(today), fileCount > 0);
        flushed(draft);
        return page(work);
    }

    // ---------------------------------------------------------------- the rules of working on an assignment

    /** What the caller works on: their enrolment, the assignment and its module, who owns the work, its dates. */
    private record Work(Enrolment enrolment, PublishedModule module, PublishedAssignment assignment, Owner owner,
                        Deadline deadline) {
    }

    private Work work(long cohortId, String assignmentId) {
        Progress.Standing standing = progress.standing(cohortId);
        PublishedCourse course = standing.course();
        for (int i = 0; i < course.modules().size(); i++) {
            PublishedModule module = course.modules().get(i);
            for (PublishedAssignment a : module.assignments()) {
                if (a.id().equals(assignmentId)) {
                    Progression.ModuleView view = standing.modules().get(i);
                    if (!view.isOpen()) {
                        throw new ConflictException("error.module.closed");
                    }
                    return new Work(standing.enrolment(), module, a, standing.owner(a), standing.deadlines().get(a.id()));
                }
            }
        }
        throw new NotFoundException("error.notFound");
    }

    private AssignmentPage page(Work work) {
        long cohortId = work.enrolment.cohort().id();
        List<Submission> attempts = attemptsOf(cohortId, work.assignment.id(), work.owner);
        List<Attempt> shown = views.attempts(attempts, false);
        Attempt draft = shown.stream().filter(Attempt::isDraft).findFirst().orElse(null);
        int used = (int) attempts.stream().filter(s -> s.status().handedIn()).count();
        LocalDate today = LocalDate.now(clock);
        String teamName = null;
        if (work.owner.isTeam()) {
            Team team = em.find(Team.class, work.owner.teamId());
            teamName = team == null ? null : team.name();
        }
        return new AssignmentPage(cohortId, work.enrolment.cohort().name(), work.enrolment.cohort().course().code(), work.module,
                work.assignment, true, work.deadline, work.owner.isTeam(), teamName, shown, draft,
                work.enrolment.status() == EnrolmentStatus.ACTIVE && canChange(attempts, work.assignment),
                work.deadline.isClosed(today), used);
    }

    /** The draft with the text saved (sanitised), started if there was none; flushed. */
    private Submission writeText(Work work, String html, Long expectedVersion) {
        Submission draft = draft(work, expectedVersion);
        draft.writeText(SafeHtml.clean(html), clock.instant(), access.me());
        return flushed(draft);
    }

    private Work workToChange(long cohortId, String assignmentId) {
        Work work = work(cohortId, assignmentId);
        if (work.enrolment.status() != EnrolmentStatus.ACTIVE) {
            throw new ConflictException("error.enrolment.wrongStatus", work.enrolment.status().label());
        }
        return work;
    }

    private List<Submission> attemptsOf(long cohortId, String assignmentId, Owner owner) {
        return em.createQuery("select s from Submission s where s.cohort.id = :cohort and s.assignmentId = :a"
                        + " and s.ownerKey = :owner order by s.attempt desc", Submission.class)
                .setParameter("cohort", cohortId).setParameter("a", assignmentId).setParameter("owner", owner.key())
                .getResultList();
    }

    private static boolean canChange(List<Submission> attemptsNewestFirst, PublishedAssignment a) {
        if (attemptsNewestFirst.isEmpty()) {
            return true;
        }
        Submission latest = attemptsNewestFirst.get(0);
        return latest.status() == SubmissionStatus.DRAFT
                || (latest.status() == SubmissionStatus.RETURNED && latest.attempt() < a.attempts());
    }

    /**
     * The draft to change: the current one (refused when someone changed it since the page was loaded), or
     * a new attempt when there is none and one is allowed (the first, or the next after a return).
     */
    private Submission draft(Work work, Long expectedVersion) {
        List<Submission> attempts = attemptsOf(work.enrolment.cohort().id(), work.assignment.id(), work.owner);
        if (!attempts.isEmpty() && attempts.get(0).status() == SubmissionStatus.DRAFT) {
            Submission draft = attempts.get(0);
            em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
            // a page that showed no draft (expectedVersion null) must not write over one a teammate started meanwhile
            if (expectedVersion == null || draft.version() != expectedVersion) {
                throw new ConflictException("error.submission.changedByOther");
            }
            return draft;
        }
        if (!canChange(attempts, work.assignment)) {
            throw new ConflictException(attempts.get(0).status() == SubmissionStatus.RETURNED
                    ? "error.submission.noAttemptsLeft" : "error.submission.alreadySubmitted");
        }
        if (expectedVersion != null) {
            // the page showed a draft that has been handed in or replaced meanwhile
            throw new ConflictException("error.submission.changedByOther");
        }
        int next = attempts.isEmpty() ? 1 : attempts.get(0).attempt() + 1;
        Submission draft = new Submission(work.enrolment.cohort(), work.module.id(), work.assignment.id(), work.owner,
                organisationOf(work), next, clock.instant(), access.me());
        em.persist(draft);
        return flushed(draft);
    }

    private Long organisationOf(Work work) {
        List<Long> ids = work.owner.isTeam()
                ? em.createQuery("select o.id from Team t join t.organisation o where t.id = :id", Long.class)
                        .setParameter("id", work.owner.teamId()).getResultList()
                : List.of();
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return em.createQuery("select o.id from Enrolment e join e.account a join a.organisation o where e.id = :id", Long.class)
                .setParameter("id", work.enrolment.id()).getResultStream().findFirst().orElse(null);
    }

    private Submission flushed(Submission s) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.EntityExistsException changed) {
            throw new ConflictException("error.submission.changedByOther");
        } catch (PersistenceException duplicate) {
            // two members of a team starting the team's draft at the same moment
            throw new ConflictException("error.submission.changedByOther");
        }
        return s;
    }

    private String detect(StoredFile stored) {
        try {
            return FileTypes.detect(files.located(stored.key()));
        } catch (IOException unreadable) {
            throw new InvalidInputException("error.file.storeFailed");
        }
    }

    static Map<Long, String> names(EntityManager em, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
