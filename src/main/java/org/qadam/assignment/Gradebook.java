package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.Role;
import org.qadam.shared.Text;
import org.qadam.shared.persistence.Conditions;
import org.qadam.shared.i18n.LocalizedText;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A cohort's gradebook: one row per learner (with their NGO team), one column per assignment (the
 * latest attempt of the learner or their team: status and total) and per module (completed or not).
 * Paged in the database: three queries a page, whatever its size.
 */
@ApplicationScoped
public class Gradebook {

    /** Rows per query when the whole gradebook is exported. */
    static final int EXPORT_PAGE = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Curriculum curriculum;

    public record Column(String assignmentId, Map<String, String> title, String moduleId, boolean team, BigDecimal points,
                         BigDecimal passMark) implements Serializable {
    }

    public record ModuleColumn(String moduleId, Map<String, String> title) implements Serializable {
    }

    public record Columns(List<Column> assignments, List<ModuleColumn> modules) implements Serializable {
    }

    /** The latest attempt of a learner (or their team) at an assignment. */
    public record Cell(SubmissionStatus status, int attempt, boolean late, BigDecimal total, boolean passed) implements Serializable {
    }

    public record Row(long enrolmentId, String name, String email, String organisation, String team, LocalizedText region,
                      EnrolmentStatus status, Map<String, Cell> cells, Set<String> modulesCompleted) implements Serializable {

        public Cell cell(String assignmentId) {
            return cells.get(assignmentId);
        }

        public boolean completed(String moduleId) {
            return modulesCompleted.contains(moduleId);
        }
    }

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public Columns columns(long cohortId) {
        Cohort cohort = access.asStaff(cohortId);
        return columnsOf(course(cohort));
    }

    private static Columns columnsOf(PublishedCourse course) {
        List<Column> assignments = new ArrayList<>();
        List<ModuleColumn> modules = new ArrayList<>();
        for (PublishedModule m : course.modules()) {
            modules.add(new ModuleColumn(m.id(), m.title()));
            for (PublishedAssignment a : m.assignments()) {
                assignments.add(new Column(a.id(), a.title(), m.id(), a.isTeam(), a.points(), a.passMark()));
            }
        }
        return new Columns(assignments, modules);
    }

    private static final String FROM = " from Enrolment e join e.account a left join a.organisation o left join o.region r"
            + " left join e.team t";

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long count(long cohortId, String filter) {
        access.asStaff(cohortId);
        Conditions where = conditions(cohortId, filter);
        String from = Text.tidy(filter).isEmpty() ? " from Enrolment e" : FROM;
        return where.bind(em.createQuery("select count(e)" + from + where.where(), Long.class)).getSingleResult();
    }

    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<Row> page(long cohortId, String filter, int first, int size) {
        Cohort cohort = access.asStaff(cohortId);
        return rows(cohort, course(cohort), filter, first, Math.min(Math.max(1, size), 200));
    }

    /** Every row, page by page, for an export: memory stays at one page whatever the cohort's size. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public Columns export(long cohortId, Consumer<Columns> header, Consumer<List<Row>> sink) {
        Cohort cohort = access.asStaff(cohortId);
        PublishedCourse course = course(cohort);
        Columns columns = columnsOf(course);
        header.accept(columns);
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<Row> page = rows(cohort, course, "", first, EXPORT_PAGE);
            sink.accept(page);
            if (page.size() < EXPORT_PAGE) {
                return columns;
            }
        }
    }

    private List<Row> rows(Cohort cohort, PublishedCourse course, String filter, int first, int size) {
        Conditions where = conditions(cohort.id(), filter);
        // the order needs the team, NGO and name, not the region
        List<Long> page = where.bind(em.createQuery("select e.id from Enrolment e join e.account a left join a.organisation o"
                        + " left join e.team t" + where.where()
                        + " order by t.name, o.name, a.displayName, e.id", Long.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("select e.id, a.displayName, a.email, o.name, t.name, r, e.status, t.id" + FROM + " where e.id in :ids",
                        Object[].class)
                .setParameter("ids", page).getResultList().forEach(p -> byId.put((Long) p[0], p));
        List<Object[]> people = page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] p : people) {
            ids.add((Long) p[0]);
            keys.add("E" + p[0]);
            if (p[7] != null) {
                keys.add("T" + p[7]);
            }
        }
        Map<String, Map<String, Object[]>> latest = new HashMap<>();
        em.createQuery("select s.ownerKey, s.assignmentId, s.attempt, s.status, s.late, s.total from Submission s"
                        + " where s.cohort.id = :cohort and s.ownerKey in :keys", Object[].class)
                .setParameter("cohort", cohort.id()).setParameter("keys", keys.stream().distinct().toList()).getResultList()
                .forEach(r -> latest.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .merge((String) r[1], r, (a, b) -> (Integer) a[2] >= (Integer) b[2] ? a : b));
        Map<Long, Set<String>> completed = new HashMap<>();
        em.createQuery("select c.enrolmentId, c.moduleId from ModuleCompletion c where c.enrolmentId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> completed.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
        List<Row> rows = new ArrayList<>();
        for (Object[] p : people) {
            Map<String, Cell> cells = new HashMap<>();
            for (PublishedModule m : course.modules()) {
                for (PublishedAssignment a : m.assignments()) {
                    String key = Owner.of(a.isTeam(), (Long) p[0], (Long) p[7]).key();
                    Object[] s = latest.getOrDefault(key, Map.of()).get(a.id());
                    if (s != null) {
                        BigDecimal total = (BigDecimal) s[5];
                        SubmissionStatus status = (SubmissionStatus) s[3];
                        cells.put(a.id(), new Cell(status, (Integer) s[2], (Boolean) s[4], total,
                                status == SubmissionStatus.RELEASED && total != null && total.compareTo(a.passMark()) >= 0));
                    }
                }
            }
            rows.add(new Row((Long) p[0], (String) p[1], (String) p[2], (String) p[3], (String) p[4], regionName(p[5]),
                    (EnrolmentStatus) p[6], cells, completed.getOrDefault((Long) p[0], Set.of())));
        }
        return rows;
    }

    private static LocalizedText regionName(Object region) {
        return region == null ? null : ((org.qadam.organisation.Region) region).name();
    }

    /** The gradebook's rows: the cohort's learners; a filter text names the joins of {@link #FROM}. */
    private static Conditions conditions(long cohortId, String filter) {
        Conditions where = new Conditions().and("e.cohort.id = :cohort", "cohort", cohortId)
                .and("e.status in :statuses", "statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN));
        String text = Text.tidy(filter).toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            where.and("(lower(a.displayName) like :pattern escape '!' or a.email like :pattern escape '!'"
                    + " or lower(o.name) like :pattern escape '!' or lower(t.name) like :pattern escape '!')",
                    "pattern", "%" + Text.escapeLike(text) + "%");
        }
        return where;
    }

    private PublishedCourse course(Cohort cohort) {
        return curriculum.version(cohort.course().code(), cohort.courseVersion());
    }
}
