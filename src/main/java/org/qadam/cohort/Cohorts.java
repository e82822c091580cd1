package org.qadam.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.qadam.curriculum.Course;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.organisation.Region;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs of courses: coordinators create and change cohorts, trainers and coordinators set the
 * release schedule, everyone lists the cohorts they may see (paged in the database).
 */
@ApplicationScoped
public class Cohorts {

    private static final List<EnrolmentStatus> TAKING = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CohortAccess access;
    @Inject
    Curriculum curriculum;

    /** A trainer one can choose for a cohort. */
    public record TrainerChoice(long id, String name, String email) implements Serializable {
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long create(CohortForm form) {
        Course course = em.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", form.courseCode() == null ? "" : form.courseCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("error.cohort.unknownCourse"));
        List<String> modules = curriculum.latest(course.code()).modules().stream().map(PublishedCourse.PublishedModule::id).toList();
        Cohort cohort = new Cohort(form.name(), course, form.startsOn(), form.endsOn(), clock.instant(), modules);
        apply(cohort, form, 0);
        em.persist(cohort);
        Flush.orConflict(em, "error.changedMeanwhile");
        return cohort.id();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void update(long id, long expectedVersion, CohortForm form) {
        // locked like an approval, so a lower capacity is checked against who is in now
        Cohort cohort = access.lockedAsCoordinator(id);
        if (cohort.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        cohort.rename(form.name());
        cohort.reschedule(form.startsOn(), form.endsOn());
        long taken = em.createQuery("select count(e) from Enrolment e where e.cohort = :cohort and e.status in :taking", Long.class)
                .setParameter("cohort", cohort).setParameter("taking", TAKING).getSingleResult();
        apply(cohort, form, taken);
        // regions and trainers live in tables of their own: the version moves for them too
        em.lock(cohort, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    private void apply(Cohort cohort, CohortForm form, long taken) {
        cohort.limitTo(form.capacity(), taken);
        cohort.openForRequests(form.openForRequests());
        List<Region> regions = form.regionIds().isEmpty() ? List.of()
                : em.createQuery("select r from Region r where r.id in :ids", Region.class)
                .setParameter("ids", form.regionIds()).getResultList();
        if (regions.size() != form.regionIds().size()) {
            throw new InvalidInputException("error.cohort.regionsRequired");
        }
        cohort.coverRegions(regions);
        List<Account> trainers = form.trainerIds().isEmpty() ? List.of()
                : em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", form.trainerIds()).getResultList();
        if (trainers.size() != form.trainerIds().size()) {
            throw new InvalidInputException("error.cohort.notATrainer", "?");
        }
        cohort.runBy(trainers);
    }

    /** How many cohorts the caller may list: a coordinator or administrator all, a trainer those they run. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN, Role.TRAINER})
    public long count(String text) {
        return visible(em.createQuery("select count(h) from Cohort h join h.course c where " + where(), Long.class), text)
                .getSingleResult();
    }

    /** One page of the cohorts the caller may list (see {@link #count}), newest first: one query whatever the page size. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN, Role.TRAINER})
    public List<CohortRow> page(String text, int first, int size) {
        return visible(em.createQuery("select new org.qadam.cohort.CohortRow(h.id, h.name, c.code, h.courseVersion,"
                        + " c.latestVersion, h.startsOn, h.endsOn, h.capacity,"
                        + " (select count(e) from Enrolment e where e.cohort = h and e.status in :taking),"
                        + " (select count(q) from Enrolment q where q.cohort = h and q.status = :requested),"
                        + " h.version) from Cohort h join h.course c where " + where()
                        + " order by h.startsOn desc, h.id desc", CohortRow.class), text)
                .setParameter("taking", TAKING)
                .setParameter("requested", EnrolmentStatus.REQUESTED)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    private String where() {
        String scope;
        if (access.isCoordinator()) {
            scope = "1 = 1";
        } else {
            // a learner's cohorts are on My cycle; the cohort's own page (cohort.xhtml) is for its staff only
            scope = "exists (select t from Cohort x join x.trainers t where x = h and t.id = :me)";
        }
        return scope + " and (:text = '' or lower(h.name) like :pattern escape '!' or lower(c.code) like :pattern escape '!')";
    }

    private <T> TypedQuery<T> visible(TypedQuery<T> query, String text) {
        String typed = Text.tidy(text).toLowerCase(java.util.Locale.ROOT);
        query.setParameter("text", typed).setParameter("pattern", "%" + Text.escapeLike(typed) + "%");
        if (!access.isCoordinator()) {
            query.setParameter("me", access.me());
        }
        return query;
    }

    /** The cohort's page: for its trainers and coordinators. */
    public CohortDetails details(long id) {
        Cohort cohort = access.asStaff(id);
        Object[] counts = em.createQuery("select (select count(e) from Enrolment e where e.cohort = h and e.status in :taking),"
                        + " (select count(q) from Enrolment q where q.cohort = h and q.status = :requested)"
                        + " from Cohort h where h = :cohort", Object[].class)
                .setParameter("taking", TAKING)
                .setParameter("requested", EnrolmentStatus.REQUESTED)
                .setParameter("cohort", cohort).getSingleResult();
        List<Region> regions = cohort.regions().stream().sorted(Comparator.comparing(Region::code)).toList();
        List<Account> trainers = cohort.trainers().stream().sorted(Comparator.comparing(Account::displayName)).toList();
        return new CohortDetails(cohort.id(), cohort.name(), cohort.course().code(), cohort.courseVersion(),
                cohort.course().latestVersion(), cohort.startsOn(), cohort.endsOn(), cohort.capacity(),
                (Long) counts[0], (Long) counts[1], cohort.isOpenForRequests(),
                regions.stream().map(Region::name).toList(), trainers.stream().map(Account::displayName).toList(),
                regions.stream().map(Region::id).toList(), trainers.stream().map(Account::id).toList(), cohort.version());
    }

    /** The course version the cohort follows, as published. */
    private PublishedCourse courseOf(Cohort cohort) {
        return curriculum.version(cohort.course().code(), cohort.courseVersion());
    }

    /** The release schedule, one entry per module, for the staff of the cohort. */
    public List<ScheduleEntry> schedule(long id) {
        Cohort cohort = access.asStaff(id);
        PublishedCourse course = courseOf(cohort);
        List<ScheduleEntry> entries = new ArrayList<>();
        for (ModuleRelease r : cohort.releases()) {
            var title = course.modules().stream().filter(m -> m.id().equals(r.moduleId())).findFirst()
                    .map(PublishedCourse.PublishedModule::title).orElse(java.util.Map.of("en", r.moduleId()));
            entries.add(new ScheduleEntry(r.moduleId(), title, r.onCompletion(), r.opensOn()));
        }
        return entries;
    }

    /** Replaces the release schedule. For the cohort's trainers and the coordinators. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN, Role.TRAINER})
    public void changeSchedule(long id, long expectedVersion, List<ScheduleEntry> entries) {
        Cohort cohort = access.asStaff(id);
        if (cohort.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        List<ModuleRelease> schedule = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry e = entries.get(i);
            schedule.add(e.isOnCompletion() ? ModuleRelease.onCompletionOfPrevious(e.getModuleId(), i)
                    : ModuleRelease.onDate(e.getModuleId(), i, e.getOpensOn()));
        }
        cohort.releaseModules(schedule);
        // the version moves even when only the element collection changed, so a stale form is refused
        em.lock(cohort, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** Active accounts holding the trainer role, by name. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<TrainerChoice> trainerChoices() {
        return em.createQuery("select new org.qadam.cohort.Cohorts.TrainerChoice(a.id, a.displayName, a.email) from Account a"
                        + " join a.roles r where r = :trainer and a.active = true order by a.displayName", TrainerChoice.class)
                .setParameter("trainer", Role.TRAINER).setMaxResults(1000).getResultList();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public int moveToLatestVersion(long id, long expectedVersion) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        if (cohort.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        List<String> modules = curriculum.latest(cohort.course().code()).modules().stream()
                .map(PublishedCourse.PublishedModule::id).toList();
        cohort.moveToLatestVersion(modules);
        em.lock(cohort, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Flush.orConflict(em, "error.changedMeanwhile");
        return cohort.courseVersion();
    }

}
