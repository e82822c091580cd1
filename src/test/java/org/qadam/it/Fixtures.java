package org.qadam.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordHasher;
import org.qadam.identity.Role;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Test data written straight through JPA, the way the demo loader does, so that a test can arrange
 * people and organisations without going through the services it is testing.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "fixture password 2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    org.qadam.curriculum.Curriculum curriculum;

    private String hash;

    /** A unique email, so tests sharing one database never collide. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@fixture.example";
    }

    @Transactional
    public Account person(String email, Role... roles) {
        Account account = new Account(email, "Fixture " + email, Language.EN, null,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), passwordHash(), Instant.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional
    public Account personIn(long organisationId, String email, Role... roles) {
        Account account = person(email, roles);
        em.find(Account.class, account.id()).joinOrganisation(em.find(Organisation.class, organisationId));
        return account;
    }

    @Transactional
    public Account deactivated(String email, Role... roles) {
        Account account = person(email, roles);
        em.find(Account.class, account.id()).deactivate();
        return account;
    }

    @Transactional
    public long region() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        Region region = new Region(code, new LocalizedText("Test region " + code, "Тестовый регион " + code, "Sinov hududi " + code));
        em.persist(region);
        em.flush();
        return region.id();
    }

    @Transactional
    public long organisation(String name) {
        Organisation organisation = new Organisation(name, OrganisationKind.NGO, em.find(Region.class, region()));
        em.persist(organisation);
        em.flush();
        return organisation.id();
    }

    @Transactional
    public long regionOf(long organisationId) {
        return em.find(Organisation.class, organisationId).region().id();
    }

    @Transactional
    public Account reloaded(long accountId) {
        Account account = em.find(Account.class, accountId);
        em.refresh(account);
        return account;
    }

    public boolean organisationExists(long id) {
        return em.find(Organisation.class, id) != null;
    }

    public long accountCount() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private String passwordHash() {
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
        }
        return hash;
    }

    // ---------------------------------------------------------------- cohorts (issue 4)

    @Transactional
    public String regionCode(long regionId) {
        return em.find(Region.class, regionId).code();
    }

    /** A cohort of a course's latest version, in one region, its modules released one after the other. */
    @Transactional
    public long cohort(String courseCode, java.time.LocalDate start, java.time.LocalDate end, long regionId,
                       Integer capacity, boolean openForRequests) {
        org.qadam.curriculum.Course course = em.createQuery("select c from Course c where c.code = :code", org.qadam.curriculum.Course.class)
                .setParameter("code", courseCode).getSingleResult();
        List<String> modules = curriculum.latest(courseCode).modules().stream().map(m -> m.id()).toList();
        org.qadam.cohort.Cohort cohort = new org.qadam.cohort.Cohort("Fixture cohort " + UUID.randomUUID().toString().substring(0, 6),
                course, start, end, Instant.now(), modules);
        cohort.coverRegions(List.of(em.find(Region.class, regionId)));
        cohort.limitTo(capacity, 0);
        cohort.openForRequests(openForRequests);
        em.persist(cohort);
        em.flush();
        return cohort.id();
    }

    /** The cohort covers that region too. */
    @Transactional
    public void alsoCovers(long cohortId, long regionId) {
        org.qadam.cohort.Cohort cohort = em.find(org.qadam.cohort.Cohort.class, cohortId);
        List<Region> regions = new java.util.ArrayList<>(cohort.regions());
        regions.add(em.find(Region.class, regionId));
        cohort.coverRegions(regions);
    }

    @Transactional
    public void schedule(long cohortId, List<org.qadam.cohort.ModuleRelease> releases) {
        em.find(org.qadam.cohort.Cohort.class, cohortId).releaseModules(releases);
    }

    @Transactional
    public void runBy(long cohortId, long trainerId) {
        em.find(org.qadam.cohort.Cohort.class, cohortId).runBy(List.of(em.find(Account.class, trainerId)));
    }

    @Transactional
    public long enrol(long cohortId, long accountId) {
        org.qadam.enrolment.Enrolment e = org.qadam.enrolment.Enrolment.enrolled(em.find(org.qadam.cohort.Cohort.class, cohortId),
                em.find(Account.class, accountId), null, Instant.now(), accountId);
        em.persist(e);
        em.flush();
        return e.id();
    }

    @Transactional
    public long request(long cohortId, long accountId) {
        org.qadam.enrolment.Enrolment e = org.qadam.enrolment.Enrolment.requested(em.find(org.qadam.cohort.Cohort.class, cohortId),
                em.find(Account.class, accountId), Instant.now());
        em.persist(e);
        em.flush();
        return e.id();
    }

    @Transactional
    public long session(long cohortId, java.time.LocalDateTime start) {
        org.qadam.attendance.TrainingSession s = new org.qadam.attendance.TrainingSession(em.find(org.qadam.cohort.Cohort.class, cohortId),
                org.qadam.attendance.SessionKind.TRAINING, "Fixture session", start, start.plusHours(2), "Fixture place", null);
        em.persist(s);
        em.flush();
        return s.id();
    }

    /** Every lesson of every module marked done, and every module completed, as if the learner had read them all. */
    @Transactional
    public void allLessonsDone(long enrolmentId, String courseCode) {
        for (var module : curriculum.latest(courseCode).modules()) {
            for (var lesson : module.lessons()) {
                em.persist(new org.qadam.progress.LessonProgress(enrolmentId, module.id(), lesson.id(), Instant.now()));
            }
            em.persist(new org.qadam.progress.ModuleCompletion(enrolmentId, module.id(), Instant.now()));
        }
    }

    public long versionOf(long enrolmentId) {
        return em.createQuery("select e.version from Enrolment e where e.id = :id", Long.class)
                .setParameter("id", enrolmentId).getSingleResult();
    }

    public org.qadam.enrolment.EnrolmentStatus statusOf(long enrolmentId) {
        return em.createQuery("select e.status from Enrolment e where e.id = :id", org.qadam.enrolment.EnrolmentStatus.class)
                .setParameter("id", enrolmentId).getSingleResult();
    }

    // ---------------------------------------------------------------- assignments (issue 5)

    /** Every module of the cohort open from its first day. */
    @Transactional
    public void openAllModules(long cohortId) {
        org.qadam.cohort.Cohort cohort = em.find(org.qadam.cohort.Cohort.class, cohortId);
        List<org.qadam.cohort.ModuleRelease> releases = new java.util.ArrayList<>();
        for (int i = 0; i < cohort.releases().size(); i++) {
            releases.add(org.qadam.cohort.ModuleRelease.onDate(cohort.releases().get(i).moduleId(), i, cohort.startsOn()));
        }
        cohort.releaseModules(releases);
    }

    @Transactional
    public long team(long cohortId, String name, Long organisationId) {
        org.qadam.enrolment.Team team = new org.qadam.enrolment.Team(em.find(org.qadam.cohort.Cohort.class, cohortId), name,
                organisationId == null ? null : em.find(org.qadam.organisation.Organisation.class, organisationId));
        em.persist(team);
        em.flush();
        return team.id();
    }

    @Transactional
    public long enrolInTeam(long cohortId, long accountId, long teamId) {
        org.qadam.enrolment.Enrolment e = org.qadam.enrolment.Enrolment.enrolled(em.find(org.qadam.cohort.Cohort.class, cohortId),
                em.find(Account.class, accountId), em.find(org.qadam.enrolment.Team.class, teamId), Instant.now(), accountId);
        em.persist(e);
        em.flush();
        return e.id();
    }

    /** An attempt handed in with a line of text, as if {@code by} had written and submitted it. */
    @Transactional
    public long handIn(long cohortId, String moduleId, String assignmentId, org.qadam.assignment.Owner owner, int attempt, long by) {
        return handIn(cohortId, moduleId, assignmentId, owner, attempt, by, false);
    }

    @Transactional
    public long handIn(long cohortId, String moduleId, String assignmentId, org.qadam.assignment.Owner owner, int attempt, long by,
                       boolean late) {
        org.qadam.assignment.Submission s = new org.qadam.assignment.Submission(em.find(org.qadam.cohort.Cohort.class, cohortId),
                moduleId, assignmentId, owner, organisationOf(owner), attempt, Instant.now(), by);
        s.writeText("<p>Fixture answer " + UUID.randomUUID() + "</p>", Instant.now(), by);
        s.submit(Instant.now(), by, late, false);
        em.persist(s);
        em.flush();
        return s.id();
    }

    private Long organisationOf(org.qadam.assignment.Owner owner) {
        if (owner.isTeam()) {
            org.qadam.organisation.Organisation o = em.find(org.qadam.enrolment.Team.class, owner.teamId()).organisation();
            return o == null ? null : o.id();
        }
        org.qadam.organisation.Organisation o = em.find(org.qadam.enrolment.Enrolment.class, owner.enrolmentId()).account().organisation();
        return o == null ? null : o.id();
    }

    /** A grade given directly (the rules of the entity still apply). */
    @Transactional
    public void grade(long submissionId, org.qadam.assignment.GradeAction action, java.util.Map<String, java.math.BigDecimal> levels,
                      String feedback, long by) {
        org.qadam.assignment.Submission s = em.find(org.qadam.assignment.Submission.class, submissionId);
        java.math.BigDecimal total = levels.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        em.persist(s.grade(action, levels, total, true, feedback, Instant.now(), by));
    }

    @Transactional
    public void extension(long cohortId, String assignmentId, org.qadam.assignment.Owner owner, java.time.LocalDate until, long by) {
        org.qadam.assignment.Extension x = new org.qadam.assignment.Extension(cohortId, assignmentId, owner);
        x.grant(until, "fixture", until.minusDays(1), Instant.now(), by);
        em.persist(x);
    }

    @Transactional
    public void dates(long cohortId, String assignmentId, java.time.LocalDate due, java.time.LocalDate cutOff, long by) {
        org.qadam.assignment.AssignmentDates d = em.find(org.qadam.assignment.AssignmentDates.class,
                new org.qadam.assignment.AssignmentDates.Key(cohortId, assignmentId));
        if (d == null) {
            d = new org.qadam.assignment.AssignmentDates(cohortId, assignmentId);
            d.change(due, cutOff, Instant.now(), by);
            em.persist(d);
        } else {
            d.change(due, cutOff, Instant.now(), by);
        }
    }

    public long submissionVersion(long submissionId) {
        return em.createQuery("select s.version from Submission s where s.id = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    @Inject
    org.qadam.shared.files.FileStore fileStore;

    /** Lessons of one module marked done, as if the learner had read them. */
    @Transactional
    public void lessonsDone(long enrolmentId, String courseCode, String moduleId) {
        for (var module : curriculum.latest(courseCode).modules()) {
            if (module.id().equals(moduleId)) {
                for (var lesson : module.lessons()) {
                    em.persist(new org.qadam.progress.LessonProgress(enrolmentId, module.id(), lesson.id(), Instant.now()));
                }
            }
        }
    }

    /** A stored file on an attempt, written through the file store like an upload. */
    @Transactional
    public long attach(long submissionId, org.qadam.assignment.SubmissionFile.Purpose purpose, String name, byte[] bytes, long by) {
        org.qadam.shared.files.StoredFile stored = fileStore.store(new java.io.ByteArrayInputStream(bytes), bytes.length);
        org.qadam.assignment.SubmissionFile f = new org.qadam.assignment.SubmissionFile(submissionId, purpose, name,
                "application/pdf", stored, Instant.now(), by);
        em.persist(f);
        em.flush();
        return f.id();
    }


    /** A draft with a line of text, as if {@code by} had started it. */
    @Transactional
    public long draft(long cohortId, String moduleId, String assignmentId, org.qadam.assignment.Owner owner, long by) {
        org.qadam.assignment.Submission s = new org.qadam.assignment.Submission(em.find(org.qadam.cohort.Cohort.class, cohortId),
                moduleId, assignmentId, owner, organisationOf(owner), 1, Instant.now(), by);
        s.writeText("<p>A teammate's draft</p>", Instant.now(), by);
        em.persist(s);
        em.flush();
        return s.id();
    }

    // ---------------------------------------------------------------- certificates (issue 6)

    /** The enrolment marked completed, as the completion rule would. */
    @Transactional
    public void complete(long enrolmentId) {
        em.find(org.qadam.enrolment.Enrolment.class, enrolmentId).complete(Instant.now());
    }

    public String firstCertificateCode(long cohortId) {
        return em.createQuery("select c.code from Certificate c where c.cohort.id = :cohort order by c.id", String.class)
                .setParameter("cohort", cohortId).setMaxResults(1).getSingleResult();
    }

    // ---------------------------------------------------------------- many rows at once (QueryCountIT)

    /**
     * {@code count} new cohorts of the course, and the learner enrolled in each, every one with the same
     * things to show on the learner's home: every module open, a session held (attended) and one to come,
     * a lesson read and {@code assignmentId} handed in. One transaction, so twenty take a moment.
     */
    @Transactional
    public void enrolInNewCohorts(long accountId, String courseCode, String moduleId, String assignmentId, long regionId,
                                  int count) {
        org.qadam.curriculum.Course course = em.createQuery("select c from Course c where c.code = :code",
                org.qadam.curriculum.Course.class).setParameter("code", courseCode).getSingleResult();
        var published = curriculum.latest(courseCode);
        Account learner = em.find(Account.class, accountId);
        java.time.LocalDate start = java.time.LocalDate.now().minusDays(30);
        for (int i = 0; i < count; i++) {
            org.qadam.cohort.Cohort cohort = new org.qadam.cohort.Cohort("Fixture cohort " + UUID.randomUUID().toString().substring(0, 6),
                    course, start, start.plusMonths(10), Instant.now(), published.modules().stream().map(m -> m.id()).toList());
            cohort.coverRegions(List.of(em.find(Region.class, regionId)));
            cohort.limitTo(null, 0);
            List<org.qadam.cohort.ModuleRelease> releases = new java.util.ArrayList<>();
            for (int m = 0; m < published.modules().size(); m++) {
                releases.add(org.qadam.cohort.ModuleRelease.onDate(published.modules().get(m).id(), m, start));
            }
            cohort.releaseModules(releases);
            em.persist(cohort);
            org.qadam.enrolment.Enrolment e = org.qadam.enrolment.Enrolment.enrolled(cohort, learner, null, Instant.now(), accountId);
            em.persist(e);
            em.flush();
            sessionsHeldAndToCome(cohort, List.of(e.id()), accountId);
            var firstModule = published.modules().get(0);
            em.persist(new org.qadam.progress.LessonProgress(e.id(), firstModule.id(), firstModule.lessons().get(0).id(), Instant.now()));
            handedIn(cohort, moduleId, assignmentId, new org.qadam.assignment.Owner(e.id(), null), null, accountId, false);
        }
    }

    /**
     * {@code count} more learners in the cohort, each in an NGO of the cohort's first region and every
     * other one in an NGO team of their own, who have read the first module, attended the sessions held
     * so far and handed in {@code assignmentId} (every third late, every fourth graded and released by
     * {@code trainerId}). One transaction.
     */
    @Transactional
    public void learnersWithWork(long cohortId, String moduleId, String assignmentId, long trainerId, int count) {
        org.qadam.cohort.Cohort cohort = em.find(org.qadam.cohort.Cohort.class, cohortId);
        Region region = em.createQuery("select r from Cohort h join h.regions r where h.id = :id", Region.class)
                .setParameter("id", cohortId).setMaxResults(1).getSingleResult();
        var course = curriculum.version(cohort.course().code(), cohort.courseVersion());
        var firstModule = course.modules().get(0);
        var assignment = course.modules().stream().flatMap(m -> m.assignments().stream()).filter(a -> a.id().equals(assignmentId))
                .findFirst().orElseThrow();
        java.util.Map<String, java.math.BigDecimal> topLevels = new java.util.HashMap<>();
        assignment.rubric().forEach(c -> topLevels.put(c.id(), c.levels().get(c.levels().size() - 1).points()));
        java.math.BigDecimal total = topLevels.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        List<Long> held = em.createQuery("select s.id from TrainingSession s where s.cohort.id = :id and s.startsAt < :now", Long.class)
                .setParameter("id", cohortId).setParameter("now", java.time.LocalDateTime.now()).getResultList();
        for (int i = 0; i < count; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            Organisation ngo = new Organisation("NGO " + tag, OrganisationKind.NGO, region);
            em.persist(ngo);
            Account learner = new Account(uniqueEmail("learner"), "Learner " + tag, Language.EN, ngo, EnumSet.of(Role.LEARNER),
                    passwordHash(), Instant.now());
            em.persist(learner);
            org.qadam.enrolment.Team team = i % 2 == 0 ? null : new org.qadam.enrolment.Team(cohort, "Team " + tag, ngo);
            if (team != null) {
                em.persist(team);
            }
            org.qadam.enrolment.Enrolment e = org.qadam.enrolment.Enrolment.enrolled(cohort, learner, team, Instant.now(), trainerId);
            em.persist(e);
            em.flush();
            for (var lesson : firstModule.lessons()) {
                em.persist(new org.qadam.progress.LessonProgress(e.id(), firstModule.id(), lesson.id(), Instant.now()));
            }
            em.persist(new org.qadam.progress.ModuleCompletion(e.id(), firstModule.id(), Instant.now()));
            for (long session : held) {
                org.qadam.attendance.Attendance attended = new org.qadam.attendance.Attendance(session, e.id());
                attended.record(org.qadam.attendance.AttendanceStatus.PRESENT, null, Instant.now(), trainerId);
                em.persist(attended);
            }
            org.qadam.assignment.Owner owner = org.qadam.assignment.Owner.of(assignment.isTeam(), e.id(), team == null ? null : team.id());
            org.qadam.assignment.Submission work = handedIn(cohort, moduleId, assignmentId, owner, ngo.id(), learner.id(), i % 3 == 0);
            if (i % 4 == 0) {
                em.persist(work.grade(org.qadam.assignment.GradeAction.RELEASE, topLevels, total, true, "<p>Well done</p>",
                        Instant.now(), trainerId));
            }
        }
    }

    /** Two sessions of the cohort held last week (the learners attended) and one next week. */
    private void sessionsHeldAndToCome(org.qadam.cohort.Cohort cohort, List<Long> enrolmentIds, long by) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now().withNano(0);
        for (java.time.LocalDateTime start : List.of(now.minusDays(8), now.minusDays(7), now.plusDays(7))) {
            org.qadam.attendance.TrainingSession s = new org.qadam.attendance.TrainingSession(cohort,
                    org.qadam.attendance.SessionKind.TRAINING, "Fixture session", start, start.plusHours(2), "Fixture place", null);
            em.persist(s);
            em.flush();
            if (start.isBefore(now)) {
                for (long enrolment : enrolmentIds) {
                    org.qadam.attendance.Attendance attended = new org.qadam.attendance.Attendance(s.id(), enrolment);
                    attended.record(org.qadam.attendance.AttendanceStatus.PRESENT, null, Instant.now(), by);
                    em.persist(attended);
                }
            }
        }
    }

    /** Sessions for a cohort as {@link #enrolInNewCohorts} makes them: two held, one to come. */
    @Transactional
    public void sessionsHeldAndToCome(long cohortId) {
        sessionsHeldAndToCome(em.find(org.qadam.cohort.Cohort.class, cohortId), List.of(), 0);
    }

    private org.qadam.assignment.Submission handedIn(org.qadam.cohort.Cohort cohort, String moduleId, String assignmentId,
                                                     org.qadam.assignment.Owner owner, Long organisationId, long by, boolean late) {
        org.qadam.assignment.Submission s = new org.qadam.assignment.Submission(cohort, moduleId, assignmentId, owner,
                organisationId, 1, Instant.now(), by);
        s.writeText("<p>Fixture answer</p>", Instant.now(), by);
        s.submit(Instant.now(), by, late, false);
        em.persist(s);
        em.flush();
        return s;
    }
}
