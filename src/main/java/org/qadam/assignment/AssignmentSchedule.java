package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.cohort.ModuleRelease;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.Role;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assignments of a cohort for its trainers and coordinators: the dates the course gives, moving the
 * due and cut-off dates for the whole cohort, and extensions for one learner or NGO team.
 */
@ApplicationScoped
public class AssignmentSchedule {

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Curriculum curriculum;
    @Inject
    Clock clock;

    /** One assignment of the cohort with its dates and how much work has come in. */
    public record Line(String id, Map<String, String> title, Map<String, String> moduleTitle, boolean team, int dueDays,
                       int cutOffDays, LocalDate moduleOpensOn, LocalDate dueOn, LocalDate cutOffOn, boolean moved,
                       long handedIn, long toGrade) implements Serializable {
    }

    public record OwnerChoice(String key, String label) implements Serializable {
    }

    public record ExtensionRow(long id, String assignmentId, Map<String, String> assignmentTitle, String owner,
                               LocalDate until, String reason) implements Serializable {
    }

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<Line> lines(long cohortId) {
        Cohort cohort = access.asStaff(cohortId);
        PublishedCourse course = course(cohort);
        Map<String, AssignmentDates> moved = new HashMap<>();
        em.createQuery("select d from AssignmentDates d where d.cohortId = :id", AssignmentDates.class)
                .setParameter("id", cohortId).getResultList().forEach(d -> moved.put(d.assignmentId(), d));
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery("select s.assignmentId, s.status, count(s) from Submission s where s.cohort.id = :id"
                        + " and s.status <> :draft group by s.assignmentId, s.status", Object[].class)
                .setParameter("id", cohortId).setParameter("draft", SubmissionStatus.DRAFT).getResultList()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
                    SubmissionStatus status = (SubmissionStatus) r[1];
                    long n = (Long) r[2];
                    if (status != SubmissionStatus.RETURNED) {
                        c[0] += n;
                    }
                    if (status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.IN_GRADING) {
                        c[1] += n;
                    }
                });
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            PublishedModule module = course.modules().get(i);
            ModuleRelease release = i < cohort.releases().size() ? cohort.releases().get(i) : null;
            LocalDate opens = release == null ? null : release.opensOn(cohort.startsOn());
            for (PublishedAssignment a : module.assignments()) {
                AssignmentDates d = moved.get(a.id());
                Deadline deadline = Deadline.of(opens, a.dueDays(), a.cutOffDays(), d == null ? null : d.dueOn(),
                        d == null ? null : d.cutOffOn(), null);
                long[] c = counts.getOrDefault(a.id(), new long[2]);
                lines.add(new Line(a.id(), a.title(), module.title(), a.isTeam(), a.dueDays(), a.cutOffDays(),
                        opens, deadline.dueOn(), deadline.cutOffOn(), d != null, c[0], c[1]));
            }
        }
        return lines;
    }

    /** Moves an assignment's due and cut-off dates for the whole cohort. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void setDates(long cohortId, String assignmentId, LocalDate due, LocalDate cutOff) {
        Cohort cohort = access.asStaff(cohortId);
        requireAssignment(cohort, assignmentId);
        AssignmentDates dates = em.find(AssignmentDates.class, new AssignmentDates.Key(cohortId, assignmentId));
        if (dates == null) {
            dates = new AssignmentDates(cohortId, assignmentId);
            dates.change(due, cutOff, clock.instant(), access.me());
            em.persist(dates);
        } else {
            dates.change(due, cutOff, clock.instant(), access.me());
        }
        // two staff moving the same dates at once: the second is told, in their language, instead of an error at commit
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** Back to the course's day counts from the day the module opens. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void resetDates(long cohortId, String assignmentId) {
        access.asStaff(cohortId);
        AssignmentDates dates = em.find(AssignmentDates.class, new AssignmentDates.Key(cohortId, assignmentId));
        if (dates != null) {
            em.remove(dates);
        }
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** Learners (or, for a team assignment, teams) of the cohort whose name contains the text, at most 20. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<OwnerChoice> owners(long cohortId, String assignmentId, String typed) {
        Cohort cohort = access.asStaff(cohortId);
        PublishedAssignment a = requireAssignment(cohort, assignmentId);
        String text = Text.tidy(typed).toLowerCase(Locale.ROOT);
        String pattern = "%" + Text.escapeLike(text) + "%";
        if (a.isTeam()) {
            return em.createQuery("select t.id, t.name from Team t where t.cohort.id = :id and lower(t.name) like :p escape '!'"
                            + " order by t.name", Object[].class)
                    .setParameter("id", cohortId).setParameter("p", pattern).setMaxResults(20).getResultList().stream()
                    .map(r -> new OwnerChoice("T" + r[0], (String) r[1])).toList();
        }
        return em.createQuery("select e.id, a.displayName, a.email from Enrolment e join e.account a where e.cohort.id = :id"
                        + " and e.status = :active and (lower(a.displayName) like :p escape '!' or a.email like :p escape '!')"
                        + " order by a.displayName", Object[].class)
                .setParameter("id", cohortId).setParameter("active", EnrolmentStatus.ACTIVE).setParameter("p", pattern)
                .setMaxResults(20).getResultList().stream()
                .map(r -> new OwnerChoice("E" + r[0], r[1] + " <" + r[2] + ">")).toList();
    }

    /** Gives one learner or team until {@code until} (inclusive); a second grant for them replaces the first. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void grant(long cohortId, String assignmentId, String ownerKey, LocalDate until, String reason) {
        Cohort cohort = access.asStaff(cohortId);
        PublishedAssignment a = requireAssignment(cohort, assignmentId);
        if (ownerKey == null || ownerKey.isBlank()) {
            throw new InvalidInputException("error.extension.ownerRequired");
        }
        Owner owner = Owner.parse(ownerKey);
        boolean belongs = owner.isTeam()
                ? a.isTeam() && em.createQuery("select count(t) from Team t where t.id = :id and t.cohort.id = :cohort", Long.class)
                        .setParameter("id", owner.teamId()).setParameter("cohort", cohortId).getSingleResult() > 0
                : em.createQuery("select count(e) from Enrolment e where e.id = :id and e.cohort.id = :cohort", Long.class)
                        .setParameter("id", owner.enrolmentId()).setParameter("cohort", cohortId).getSingleResult() > 0;
        if (!belongs) {
            throw new NotFoundException("error.notFound");
        }
        Extension extension = em.createQuery("select x from Extension x where x.cohortId = :cohort and x.assignmentId = :a"
                        + " and x.ownerKey = :owner", Extension.class)
                .setParameter("cohort", cohortId).setParameter("a", assignmentId).setParameter("owner", owner.key())
                .getResultStream().findFirst().orElse(null);
        boolean fresh = extension == null;
        if (fresh) {
            extension = new Extension(cohortId, assignmentId, owner);
        }
        extension.grant(until, reason, LocalDate.now(clock), clock.instant(), access.me());
        if (fresh) {
            em.persist(extension);
        }
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void revoke(long cohortId, long extensionId) {
        access.asStaff(cohortId);
        Extension extension = em.find(Extension.class, extensionId);
        if (extension == null || !extension.cohortId().equals(cohortId)) {
            throw new NotFoundException("error.notFound");
        }
        em.remove(extension);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** The cohort's extensions, with the names of the learners and teams: three queries. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<ExtensionRow> extensions(long cohortId) {
        Cohort cohort = access.asStaff(cohortId);
        PublishedCourse course = course(cohort);
        List<Extension> all = em.createQuery("select x from Extension x where x.cohortId = :id order by x.untilOn, x.id", Extension.class)
                .setParameter("id", cohortId).setMaxResults(1000).getResultList();
        Map<String, String> labels = new HashMap<>();
        List<Long> enrolments = all.stream().map(x -> Owner.parse(x.ownerKey())).filter(o -> !o.isTeam()).map(Owner::enrolmentId).toList();
        List<Long> teams = all.stream().map(x -> Owner.parse(x.ownerKey())).filter(Owner::isTeam).map(Owner::teamId).toList();
        if (!enrolments.isEmpty()) {
            em.createQuery("select e.id, a.displayName from Enrolment e join e.account a where e.id in :ids", Object[].class)
                    .setParameter("ids", enrolments).getResultList().forEach(r -> labels.put("E" + r[0], (String) r[1]));
        }
        if (!teams.isEmpty()) {
            em.createQuery("select t.id, t.name from Team t where t.id in :ids", Object[].class)
                    .setParameter("ids", teams).getResultList().forEach(r -> labels.put("T" + r[0], (String) r[1]));
        }
        return all.stream().map(x -> {
            PublishedAssignment a = Grading.assignment(course, x.assignmentId());
            return new ExtensionRow(x.id(), x.assignmentId(), a == null ? Map.of() : a.title(), labels.get(x.ownerKey()),
                    x.untilOn(), x.reason());
        }).toList();
    }

    private PublishedCourse course(Cohort cohort) {
        return curriculum.version(cohort.course().code(), cohort.courseVersion());
    }

    private PublishedAssignment requireAssignment(Cohort cohort, String assignmentId) {
        PublishedAssignment a = assignmentId == null ? null : Grading.assignment(course(cohort), assignmentId);
        if (a == null) {
            throw new NotFoundException("error.notFound");
        }
        return a;
    }
}
