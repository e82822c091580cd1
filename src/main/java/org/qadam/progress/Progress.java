package org.qadam.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.qadam.assignment.AssignmentDates;
import org.qadam.assignment.Deadline;
import org.qadam.assignment.Extension;
import org.qadam.assignment.GradeReleased;
import org.qadam.assignment.Owner;
import org.qadam.assignment.SubmissionStatus;
import org.qadam.attendance.AttendanceRecorded;
import org.qadam.attendance.AttendanceStatus;
import org.qadam.attendance.TrainingSession;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.cohort.ModuleRelease;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedLesson;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.enrolment.Enrolment;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Conditions;
import org.qadam.shared.security.RequiresRole;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's way through a cohort: which modules are open, lessons read, modules and the course
 * completed (with the course's attendance rule), the "My cycle" home, and the trainer's roster. Every
 * list is read in a fixed number of queries, however many cohorts or learners there are.
 */
@ApplicationScoped
public class Progress {

    private static final List<AttendanceStatus> ATTENDED = List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE);

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Curriculum curriculum;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<CourseCompleted> courseCompleted;

    /** What the database says about a set of enrolments, read in a fixed number of queries. */
    private final class Facts {
        final Map<Long, Map<String, Instant>> completed = new HashMap<>();
        final Map<Long, Set<String>> lessonsDone = new HashMap<>();
        final Map<Long, Map<Long, LocalDateTime>> heldByCohort = new HashMap<>();
        final Map<Long, Long> upcomingByCohort = new HashMap<>();
        final Map<Long, Map<Long, AttendanceStatus>> records = new HashMap<>();
        final Map<Long, Long> teamOf = new HashMap<>();
        /** owner key to assignment id to the latest attempt: its number, status and total */
        final Map<String, Map<String, Object[]>> latest = new HashMap<>();
        /** owner key to assignment id to the best released total */
        final Map<String, Map<String, BigDecimal>> released = new HashMap<>();
        final Map<Long, Map<String, AssignmentDates>> datesByCohort = new HashMap<>();
        final Map<String, Map<String, LocalDate>> extensions = new HashMap<>();

        Facts(List<Enrolment> enrolments) {
            if (enrolments.isEmpty()) {
                return;
            }
            List<Long> enrolmentIds = enrolments.stream().map(Enrolment::id).toList();
            List<Long> cohortIds = enrolments.stream().map(e -> e.cohort().id()).distinct().toList();
            LocalDateTime now = LocalDateTime.now(clock);
            em.createQuery("select c.enrolmentId, c.moduleId, c.completedAt from ModuleCompletion c where c.enrolmentId in :ids", Object[].class)
                    .setParameter("ids", enrolmentIds).getResultList()
                    .forEach(r -> completed.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (Instant) r[2]));
            em.createQuery("select p.enrolmentId, p.lessonId from LessonProgress p where p.enrolmentId in :ids", Object[].class)
                    .setParameter("ids", enrolmentIds).getResultList()
                    .forEach(r -> lessonsDone.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
            heldByCohort.putAll(heldSessions(cohortIds, now));
            em.createQuery("select s.cohort.id, count(s) from TrainingSession s where s.cohort.id in :cohorts and s.startsAt > :now"
                            + " and not exists (select x from Attendance x where x.sessionId = s.id) group by s.cohort.id", Object[].class)
                    .setParameter("cohorts", cohortIds).setParameter("now", now).getResultList()
                    .forEach(r -> upcomingByCohort.put((Long) r[0], (Long) r[1]));
            records.putAll(attendanceRecords(enrolmentIds));
            em.createQuery("select e.id, t.id from Enrolment e left join e.team t where e.id in :ids", Object[].class)
                    .setParameter("ids", enrolmentIds).getResultList()
                    .forEach(r -> { if (r[1] != null) { teamOf.put((Long) r[0], (Long) r[1]); } });
            List<String> keys = new ArrayList<>();
            enrolmentIds.forEach(id -> keys.add("E" + id));
            teamOf.values().stream().distinct().forEach(t -> keys.add("T" + t));
            em.createQuery("select s.ownerKey, s.assignmentId, s.attempt, s.status, s.total from Submission s"
                            + " where s.ownerKey in :keys and s.cohort.id in :cohorts", Object[].class)
                    .setParameter("keys", keys).setParameter("cohorts", cohortIds).getResultList()
                    .forEach(r -> {
                        Map<String, Object[]> byAssignment = latest.computeIfAbsent((String) r[0], k -> new HashMap<>());
                        Object[] known = byAssignment.get((String) r[1]);
                        if (known == null || (Integer) known[2] < (Integer) r[2]) {
                            byAssignment.put((String) r[1], r);
                        }
                        if (r[3] == SubmissionStatus.RELEASED && r[4] != null) {
                            released.computeIfAbsent((String) r[0], k -> new HashMap<>())
                                    .merge((String) r[1], (BigDecimal) r[4], BigDecimal::max);
                        }
                    });
            em.createQuery("select d from AssignmentDates d where d.cohortId in :cohorts", AssignmentDates.class)
                    .setParameter("cohorts", cohortIds).getResultList()
                    .forEach(d -> datesByCohort.computeIfAbsent(d.cohortId(), k -> new HashMap<>()).put(d.assignmentId(), d));
            em.createQuery("select x from Extension x where x.ownerKey in :keys and x.cohortId in :cohorts", Extension.class)
                    .setParameter("keys", keys).setParameter("cohorts", cohortIds).getResultList()
                    .forEach(x -> extensions.computeIfAbsent(x.ownerKey(), k -> new HashMap<>()).put(x.assignmentId(), x.untilOn()));
        }

        Owner owner(Enrolment e, PublishedAssignment a) {
            return Owner.of(a.isTeam(), e.id(), teamOf.get(e.id()));
        }

        /** The assignments of the course this learner (or their team) has passed: released at or above the pass mark. */
        Set<String> passed(Enrolment e, PublishedCourse course) {
            Set<String> passed = new HashSet<>();
            for (PublishedModule m : course.modules()) {
                for (PublishedAssignment a : m.assignments()) {
                    BigDecimal best = released.getOrDefault(owner(e, a).key(), Map.of()).get(a.id());
                    if (best != null && best.compareTo(a.passMark()) >= 0) {
                        passed.add(a.id());
                    }
                }
            }
            return passed;
        }

        /** The latest attempt's status, or {@code null} when nothing was started. */
        SubmissionStatus latestStatus(Enrolment e, PublishedAssignment a) {
            Object[] row = latest.getOrDefault(owner(e, a).key(), Map.of()).get(a.id());
            return row == null ? null : (SubmissionStatus) row[3];
        }

        Deadline deadline(Enrolment e, PublishedAssignment a, LocalDate moduleOpenedOn) {
            AssignmentDates dates = datesByCohort.getOrDefault(e.cohort().id(), Map.of()).get(a.id());
            return Deadline.of(moduleOpenedOn, a.dueDays(), a.cutOffDays(), dates == null ? null : dates.dueOn(),
                    dates == null ? null : dates.cutOffOn(), extensions.getOrDefault(owner(e, a).key(), Map.of()).get(a.id()));
        }

        Progression.AttendanceTally tally(Enrolment e) {
            return Progression.AttendanceTally.of(heldByCohort.getOrDefault(e.cohort().id(), Map.of()), joined(e.requestedAt()),
                    records.getOrDefault(e.id(), Map.of()));
        }

        Set<String> completedModules(long enrolmentId) {
            return completed.getOrDefault(enrolmentId, Map.of()).keySet();
        }

        Set<String> lessons(long enrolmentId) {
            return lessonsDone.getOrDefault(enrolmentId, Set.of());
        }
    }

    // ---------------------------------------------------------------- learner: My cycle and the cohort page

    /** The caller's cohorts for the "My cycle" home, newest first, including requests and their outcome. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<CycleCard> myCycle() {
        long me = access.me();
        List<Enrolment> mine = em.createQuery("select e from Enrolment e join fetch e.cohort h"
                        + " where e.account.id = :me order by h.startsOn desc, e.id desc", Enrolment.class)
                .setParameter("me", me).setMaxResults(100)
                // the cohorts' courses too: EclipseLink ignores a nested "join fetch h.course" in JPQL, and
                // would then read each course with a query of its own
                .setHint(QueryHints.FETCH, "e.cohort.course")
                .getResultList();
        return cards(mine);
    }

    /** One cohort as its learner sees it; refused for anyone not enrolled in it. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public CycleCard myCohort(long cohortId) {
        Enrolment enrolment = myEnrolment(cohortId);
        if (!enrolment.status().seesCohortContent()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return cards(List.of(enrolment)).get(0);
    }

    private List<CycleCard> cards(List<Enrolment> enrolments) {
        return cards(enrolments, new Facts(enrolments));
    }

    private List<CycleCard> cards(List<Enrolment> enrolments, Facts facts) {
        List<Long> ids = enrolments.stream().map(Enrolment::id).toList();
        List<Long> cohortIds = enrolments.stream().map(e -> e.cohort().id()).distinct().toList();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, List<ModuleRelease>> releases = releasesOf(cohortIds);
        Map<Long, CycleCard.NextSession> nextSessions = new HashMap<>();
        if (!cohortIds.isEmpty()) {
            em.createQuery("select s.cohort.id, s.id, s.title, s.kind, s.startsAt, s.place from TrainingSession s"
                            + " where s.cohort.id in :cohorts and s.endsAt >= :now order by s.startsAt", Object[].class)
                    .setParameter("cohorts", cohortIds).setParameter("now", now).setMaxResults(2000).getResultList()
                    .forEach(r -> nextSessions.putIfAbsent((Long) r[0], new CycleCard.NextSession((Long) r[1], (String) r[2],
                            ((org.qadam.attendance.SessionKind) r[3]).name(), (LocalDateTime) r[4], (String) r[5])));
        }
        List<CycleCard> cards = new ArrayList<>();
        for (Enrolment e : enrolments) {
            Cohort cohort = e.cohort();
            PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
            boolean seesContent = e.status().seesCohortContent();
            Progression.AttendanceTally tally = facts.tally(e);
            List<Progression.ModuleView> modules = Progression.modules(course, releases.getOrDefault(cohort.id(), List.of()),
                    cohort.startsOn(), today, facts.completedModules(e.id()), facts.lessons(e.id()));
            Progression.ModuleView current = modules.stream().filter(m -> m.state() == Progression.State.OPEN).findFirst()
                    .orElse(null);
            List<CycleCard.Action> actions = new ArrayList<>();
            CycleCard.Deadline deadline = null;
            if (e.status() == EnrolmentStatus.ACTIVE) {
                Map<String, Instant> completedAt = facts.completed.getOrDefault(e.id(), Map.of());
                for (int i = 0; i < modules.size(); i++) {
                    Progression.ModuleView m = modules.get(i);
                    if (m.state() != Progression.State.OPEN) {
                        continue;
                    }
                    PublishedModule module = course.modules().get(i);
                    if (m.lessonsDone() < m.lessons()) {
                        String firstUnread = module.lessons().stream().map(PublishedLesson::id)
                                .filter(l -> !facts.lessons(e.id()).contains(l)).findFirst().orElse(null);
                        actions.add(new CycleCard.Action("lessons", module.title(), firstUnread, m.lessons() - m.lessonsDone()));
                    }
                    LocalDate opened = openedOn(m, i, modules, completedAt, cohort.startsOn(), clock.getZone());
                    for (PublishedAssignment a : module.assignments()) {
                        SubmissionStatus status = facts.latestStatus(e, a);
                        boolean toDo = status == null || status == SubmissionStatus.DRAFT || status == SubmissionStatus.RETURNED;
                        Deadline dates = facts.deadline(e, a, opened);
                        LocalDate due = dates.effectiveDue();
                        if (toDo) {
                            actions.add(new CycleCard.Action("assignment", a.title(), a.id(), 0));
                            if (due != null && !due.isBefore(today) && (deadline == null || due.isBefore(deadline.due()))) {
                                deadline = new CycleCard.Deadline(a.title(), module.title(), due);
                            }
                        }
                    }
                }
            }
            cards.add(new CycleCard(cohort.id(), cohort.name(), course.title(), e.status(), e.reason(), cohort.startsOn(),
                    cohort.endsOn(), seesContent ? modules : List.of(), seesContent ? current : null, deadline,
                    seesContent ? nextSessions.get(cohort.id()) : null, actions, tally.attended(), tally.held()));
        }
        return cards;
    }

    /**
     * The module releases of these cohorts, in order, in one query. Not {@code cohort.releases()}: these
     * cohorts were read joined to enrolments, outside a transaction, and EclipseLink then reads each
     * cohort's releases with a query of its own, whatever the {@code @BatchFetch} on them says.
     */
    private Map<Long, List<ModuleRelease>> releasesOf(Collection<Long> cohortIds) {
        Map<Long, List<ModuleRelease>> releases = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return releases;
        }
        em.createQuery("select h.id, r.moduleId, r.position, r.opensOn, r.onCompletion from Cohort h join h.releases r"
                        + " where h.id in :cohorts order by h.id, r.position", Object[].class)
                .setParameter("cohorts", cohortIds).getResultList()
                .forEach(r -> releases.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Boolean) r[4]
                        ? ModuleRelease.onCompletionOfPrevious((String) r[1], (Integer) r[2])
                        : ModuleRelease.onDate((String) r[1], (Integer) r[2], (LocalDate) r[3])));
        return releases;
    }

    /** The day a module opened for the learner: its date, or the day the module before it was completed. */
    private static LocalDate openedOn(Progression.ModuleView m, int index, List<Progression.ModuleView> modules,
                                      Map<String, Instant> completedAt, LocalDate cohortStart, java.time.ZoneId zone) {
        if (m.opensOn() != null) {
            return m.opensOn();
        }
        if (index == 0) {
            return cohortStart;
        }
        Instant previous = completedAt.get(modules.get(index - 1).id());
        return previous == null ? null : previous.atZone(zone).toLocalDate();
    }

    /** A lesson of the cohort's course, if its module is open for the caller. */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public LessonView lesson(long cohortId, String lessonId) {
        Enrolment enrolment = myEnrolment(cohortId);
        if (!enrolment.status().seesCohortContent()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        Cohort cohort = enrolment.cohort();
        PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
        Facts facts = new Facts(List.of(enrolment));
        List<Progression.ModuleView> modules = Progression.modules(course, cohort.releases(), cohort.startsOn(),
                LocalDate.now(clock), facts.completedModules(enrolment.id()), facts.lessons(enrolment.id()));
        List<PublishedLesson> open = new ArrayList<>();
        List<PublishedModule> moduleOf = new ArrayList<>();
        boolean closedLesson = false;
        for (int i = 0; i < course.modules().size(); i++) {
            PublishedModule module = course.modules().get(i);
            for (PublishedLesson l : module.lessons()) {
                if (modules.get(i).isOpen()) {
                    open.add(l);
                    moduleOf.add(module);
                } else if (l.id().equals(lessonId)) {
                    closedLesson = true;
                }
            }
        }
        if (closedLesson) {
            throw new ConflictException("error.module.closed");
        }
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).id().equals(lessonId)) {
                return new LessonView(cohort.id(), cohort.course().code(), moduleOf.get(i), open.get(i),
                        i > 0 ? open.get(i - 1) : null, i + 1 < open.size() ? open.get(i + 1) : null,
                        facts.lessons(enrolment.id()).contains(lessonId), enrolment.status() == EnrolmentStatus.ACTIVE);
            }
        }
        throw new NotFoundException("error.notFound");
    }

    /**
     * Marks a lesson of an open module as done; completes the module when that was its last lesson (and
     * its assignments are passed), and the course when every module is completed and attendance suffices.
     * Marking a lesson twice changes nothing.
     */
    @Transactional
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public boolean markLessonDone(long cohortId, String lessonId) {
        // the enrolment's row is locked first: a double click, or attendance recorded at the same moment,
        // waits here instead of inserting the same progress twice
        Enrolment enrolment = myEnrolment(cohortId);
        em.lock(enrolment, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        LessonView view = lesson(cohortId, lessonId);
        if (!view.canMarkDone()) {
            throw new ConflictException("error.enrolment.wrongStatus", enrolment.status().label());
        }
        if (!view.done()) {
            em.persist(new LessonProgress(enrolment.id(), view.module().id(), lessonId, clock.instant()));
            em.flush();
        }
        return evaluate(List.of(enrolment)).contains(view.module().id() + "@" + enrolment.id());
    }

    /** Completion checked again when attendance is recorded, in the same transaction. */
    void attendanceRecorded(@Observes AttendanceRecorded event) {
        recheck(event.enrolmentIds());
    }

    private void recheck(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return;
        }
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.id in :ids order by e.id", Enrolment.class)
                .setParameter("ids", enrolmentIds)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        evaluate(enrolments);
    }

    /** Completion checked again when a grade is released, in the same transaction. */
    void gradeReleased(@Observes GradeReleased event) {
        if (event.enrolmentIds().isEmpty()) {
            return;
        }
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.id in :ids order by e.id", Enrolment.class)
                .setParameter("ids", event.enrolmentIds())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        Facts facts = new Facts(enrolments);
        for (Enrolment e : enrolments) {
            Cohort cohort = e.cohort();
            PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
            Set<String> passed = facts.passed(e, course);
            for (PublishedModule m : course.modules()) {
                boolean stillPassed = m.assignments().stream().allMatch(a -> passed.contains(a.id()));
                if (event.moduleIds().contains(m.id()) && facts.completedModules(e.id()).contains(m.id()) && !stillPassed) {
                    // a released grade corrected below the pass mark takes the module's completion back
                    em.createQuery("delete from ModuleCompletion c where c.enrolmentId = :e and c.moduleId = :m")
                            .setParameter("e", e.id()).setParameter("m", m.id()).executeUpdate();
                }
            }
        }
        evaluate(enrolments);
    }

    /**
     * The caller's place in one of their cohorts, for the assignment pages: their enrolment, the course
     * version, the modules as they stand today, and each assignment's dates for them (or their team).
     */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public Standing standing(long cohortId) {
        Enrolment enrolment = myEnrolment(cohortId);
        if (!enrolment.status().seesCohortContent()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return standing(enrolment, new Facts(List.of(enrolment)));
    }

    /**
     * Everything the learner's course page shows of their progress, read once: the card, the course
     * version, the lessons done and the standing of each assignment (a page that asked for each separately
     * read the same facts three times).
     */
    @RequiresRole({Role.LEARNER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public MyCohortPage myCohortPage(long cohortId) {
        Enrolment enrolment = myEnrolment(cohortId);
        if (!enrolment.status().seesCohortContent()) {
            throw new AccessDeniedException("error.accessDenied");
        }
        Facts facts = new Facts(List.of(enrolment));
        Standing standing = standing(enrolment, facts);
        return new MyCohortPage(cards(List.of(enrolment), facts).get(0), standing,
                Set.copyOf(facts.lessons(enrolment.id())));
    }

    /** See {@link #myCohortPage(long)}. */
    public record MyCohortPage(CycleCard card, Standing standing, Set<String> lessonsDone) {
        public PublishedCourse course() {
            return standing.course();
        }
    }

    private Standing standing(Enrolment enrolment, Facts facts) {
        Cohort cohort = enrolment.cohort();
        PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
        List<Progression.ModuleView> modules = Progression.modules(course, cohort.releases(), cohort.startsOn(),
                LocalDate.now(clock), facts.completedModules(enrolment.id()), facts.lessons(enrolment.id()));
        Map<String, Instant> completedAt = facts.completed.getOrDefault(enrolment.id(), Map.of());
        Map<String, Deadline> deadlines = new HashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            Progression.ModuleView m = modules.get(i);
            LocalDate opened = m.isOpen() ? openedOn(m, i, modules, completedAt, cohort.startsOn(), clock.getZone()) : null;
            for (PublishedAssignment a : course.modules().get(i).assignments()) {
                deadlines.put(a.id(), facts.deadline(enrolment, a, opened));
            }
        }
        return new Standing(enrolment, course, modules, deadlines, facts.teamOf.get(enrolment.id()));
    }

    /** See {@link #standing(long)}. */
    public record Standing(Enrolment enrolment, PublishedCourse course, List<Progression.ModuleView> modules,
                           Map<String, Deadline> deadlines, Long teamId) {

        public Owner owner(PublishedAssignment a) {
            return Owner.of(a.isTeam(), enrolment.id(), teamId);
        }
    }

    /**
     * Records modules newly completed and completes (or reopens) the enrolments whose course rule now holds
     * (or no longer holds). Returns "module@enrolment" for each module completed now.
     */
    private Set<String> evaluate(List<Enrolment> enrolments) {
        Set<String> newlyCompleted = new HashSet<>();
        if (enrolments.isEmpty()) {
            return newlyCompleted;
        }
        Facts facts = new Facts(enrolments);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Long> completedNow = new ArrayList<>();
        for (Enrolment e : enrolments) {
            if (!e.status().takesAPlace()) {
                continue;
            }
            Cohort cohort = e.cohort();
            PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
            Set<String> completed = new HashSet<>(facts.completedModules(e.id()));
            Set<String> passed = facts.passed(e, course);
            // a module completes only once it is open, and completing one may open the next
            boolean changed = true;
            while (changed) {
                changed = false;
                List<Progression.ModuleView> modules = Progression.modules(course, cohort.releases(), cohort.startsOn(), today,
                        completed, facts.lessons(e.id()));
                for (int i = 0; i < modules.size(); i++) {
                    Progression.ModuleView m = modules.get(i);
                    if (m.state() == Progression.State.OPEN
                            && Progression.isComplete(course.modules().get(i), facts.lessons(e.id()), passed)) {
                        em.persist(new ModuleCompletion(e.id(), m.id(), now));
                        completed.add(m.id());
                        newlyCompleted.add(m.id() + "@" + e.id());
                        changed = true;
                    }
                }
            }
            boolean allModules = course.modules().stream().allMatch(m -> completed.contains(m.id()));
            Progression.AttendanceRule rule = Progression.AttendanceRule.of(course);
            Progression.AttendanceTally tally = facts.tally(e);
            boolean attendanceMet = rule.isMet(tally.attended(), tally.held(), tally.excused(),
                    facts.upcomingByCohort.getOrDefault(cohort.id(), 0L));
            if (e.status() == EnrolmentStatus.ACTIVE && allModules && attendanceMet) {
                e.complete(now);
                completedNow.add(e.id());
            } else if (e.status() == EnrolmentStatus.COMPLETED && !(allModules && attendanceMet)) {
                e.reopen(now);
            }
        }
        em.flush();
        completedNow.forEach(id -> courseCompleted.fire(new CourseCompleted(id)));
        return newlyCompleted;
    }

    /**
     * The sessions of these cohorts that count as held: started by now, or with attendance recorded.
     * Cohort id to (session id to start). One query.
     */
    private Map<Long, Map<Long, LocalDateTime>> heldSessions(Collection<Long> cohortIds, LocalDateTime now) {
        Map<Long, Map<Long, LocalDateTime>> held = new HashMap<>();
        em.createQuery("select s.cohort.id, s.id, s.startsAt from TrainingSession s where s.cohort.id in :cohorts"
                        + " and (s.startsAt <= :now or exists (select x from Attendance x where x.sessionId = s.id))", Object[].class)
                .setParameter("cohorts", cohortIds).setParameter("now", now).getResultList()
                .forEach(r -> held.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (LocalDateTime) r[2]));
        return held;
    }

    /** The attendance recorded for these enrolments: enrolment id to (session id to status). One query. */
    private Map<Long, Map<Long, AttendanceStatus>> attendanceRecords(Collection<Long> enrolmentIds) {
        Map<Long, Map<Long, AttendanceStatus>> records = new HashMap<>();
        em.createQuery("select x.enrolmentId, x.sessionId, x.status from Attendance x where x.enrolmentId in :ids", Object[].class)
                .setParameter("ids", enrolmentIds).getResultList()
                .forEach(r -> records.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (AttendanceStatus) r[2]));
        return records;
    }

    /** When a learner joined, in the programme's local time, to compare with session times. */
    private LocalDateTime joined(Instant requestedAt) {
        return LocalDateTime.ofInstant(requestedAt, clock.getZone());
    }

    private Enrolment myEnrolment(long cohortId) {
        long me = access.me();
        return em.createQuery("select e from Enrolment e join fetch e.cohort h join fetch h.course"
                        + " where h.id = :cohort and e.account.id = :me", Enrolment.class)
                .setParameter("cohort", cohortId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
    }

    // ---------------------------------------------------------------- trainer: the roster

    /** How many learners match the roster's filters. For the cohort's trainers and the coordinators. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long rosterCount(long cohortId, RosterQuery query) {
        Cohort cohort = access.asStaff(cohortId);
        Conditions where = rosterConditions(cohort, query);
        String from = needsPeople(query) ? ROSTER_FROM : " from Enrolment e";
        return where.bind(em.createQuery("select count(e)" + from + where.where(), Long.class)).getSingleResult();
    }

    private static final String ROSTER_FROM = " from Enrolment e join e.account a left join a.organisation o"
            + " left join o.region r left join e.team t";

    /**
     * One page of the roster, ordered by region, organisation and name, with each learner's modules
     * completed and attendance: the page's ids in order, then their rows, whatever the page size.
     */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<RosterRow> rosterPage(long cohortId, RosterQuery query, int first, int size) {
        Cohort cohort = access.asStaff(cohortId);
        Conditions where = rosterConditions(cohort, query);
        List<Long> ids = where.bind(em.createQuery("select e.id" + ROSTER_FROM + where.where()
                        + " order by r.code, o.name, a.displayName, e.id", Long.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
        return rosterRows(cohort, ids);
    }

    /**
     * One learner of the roster, for an action on their row: refused (404) for an enrolment that is not on
     * this cohort's roster, whatever id the browser sent.
     */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public RosterRow rosterRow(long cohortId, long enrolmentId) {
        Cohort cohort = access.asStaff(cohortId);
        Conditions where = rosterConditions(cohort, RosterQuery.any()).and("e.id = :enrolment", "enrolment", enrolmentId);
        List<Long> ids = where.bind(em.createQuery("select e.id from Enrolment e" + where.where(), Long.class)).getResultList();
        List<RosterRow> rows = rosterRows(cohort, ids);
        if (rows.isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        return rows.get(0);
    }

    /** The roster's rows of these enrolments, in this order, in a fixed number of queries. */
    private List<RosterRow> rosterRows(Cohort cohort, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("select e.id, a.displayName, a.email, r, o.name, t.name, e.status, e.version, e.statusAt, e.reason,"
                        + " (select count(c) from ModuleCompletion c where c.enrolmentId = e.id), e.requestedAt"
                        + ROSTER_FROM + " where e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], r));
        Map<Long, LocalDateTime> held = heldSessions(List.of(cohort.id()), LocalDateTime.now(clock)).getOrDefault(cohort.id(), Map.of());
        Map<Long, Map<Long, AttendanceStatus>> records = attendanceRecords(ids);
        List<RosterRow> result = new ArrayList<>();
        for (Long id : ids) {
            Object[] r = byId.get(id);
            if (r == null) {
                continue; // gone between the two reads
            }
            Progression.AttendanceTally tally = Progression.AttendanceTally.of(held, joined((Instant) r[11]),
                    records.getOrDefault(id, Map.of()));
            org.qadam.organisation.Region region = (org.qadam.organisation.Region) r[3];
            result.add(new RosterRow(id, (String) r[1], (String) r[2], region == null ? null : region.name(),
                    (String) r[4], (String) r[5], (EnrolmentStatus) r[6], (Instant) r[8], (String) r[9], (Long) r[10],
                    tally.attended(), tally.held(), (Long) r[7]));
        }
        return result;
    }

    private static boolean needsPeople(RosterQuery query) {
        return query.regionId() != null || !Text.tidy(query.organisation()).isEmpty() || !Text.tidy(query.person()).isEmpty();
    }

    /**
     * The roster's filters; those on region, organisation and person name the joins of {@link #ROSTER_FROM}
     * ({@code a}, {@code o}, {@code r}, {@code t}), so a count without them reads the enrolments alone.
     */
    private static Conditions rosterConditions(Cohort cohort, RosterQuery query) {
        Conditions where = new Conditions().and("e.cohort.id = :cohort", "cohort", cohort.id())
                .and("e.status <> :requested and e.status <> :declined", "requested", EnrolmentStatus.REQUESTED)
                .with("declined", EnrolmentStatus.DECLINED);
        if (query.regionId() != null) {
            where.and("r.id = :region", "region", query.regionId());
        }
        if (query.status() != null) {
            where.and("e.status = :status", "status", query.status());
        }
        String org = Text.tidy(query.organisation()).toLowerCase(java.util.Locale.ROOT);
        if (!org.isEmpty()) {
            where.and("(lower(o.name) like :orgPattern escape '!' or lower(t.name) like :orgPattern escape '!')",
                    "orgPattern", "%" + Text.escapeLike(org) + "%");
        }
        String person = Text.tidy(query.person()).toLowerCase(java.util.Locale.ROOT);
        if (!person.isEmpty()) {
            where.and("(lower(a.displayName) like :personPattern escape '!' or a.email like :personPattern escape '!')",
                    "personPattern", "%" + Text.escapeLike(person) + "%");
        }
        return where;
    }

    /** The number of modules of the cohort's course version, for the roster's "completed of" column. */
    public int moduleCount(long cohortId) {
        Cohort cohort = access.asStaff(cohortId);
        return curriculum.version(cohort.course().code(), cohort.courseVersion()).modules().size();
    }
}
