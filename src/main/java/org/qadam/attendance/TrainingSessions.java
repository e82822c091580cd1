package org.qadam.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.identity.EmailAddress;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.Text;
import org.qadam.shared.csv.CsvTable;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Face-to-face sessions of a cohort and who attended them. Trainers of the cohort and coordinators
 * schedule sessions and record attendance, from a list on the screen or from a CSV of the paper sheet
 * (columns email, status, note). Learners see their own attendance.
 */
@ApplicationScoped
public class TrainingSessions {

    public static final Set<String> CSV_REQUIRED = Set.of("email", "status");
    public static final Set<String> CSV_KNOWN = Set.of("email", "status", "note", "name");
    private static final List<EnrolmentStatus> ON_SHEET = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    Clock clock;
    @Inject
    Event<AttendanceRecorded> recorded;

    /** A session as the cohort's list shows it, with how many attendances are recorded and how many attended. */
    public record SessionRow(long id, SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                             String place, String moduleId, long recorded, long attended, long version) implements Serializable {
    }

    /** One learner's line on the attendance sheet. */
    public static class SheetLine implements Serializable {
        private final long enrolmentId;
        private final String name;
        private final String email;
        private final String team;
        private AttendanceStatus status;
        private String note;

        public SheetLine(long enrolmentId, String name, String email, String team, AttendanceStatus status, String note) {
            this.enrolmentId = enrolmentId;
            this.name = name;
            this.email = email;
            this.team = team;
            this.status = status;
            this.note = note;
        }

        public long getEnrolmentId() {
            return enrolmentId;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public String getTeam() {
            return team;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A learner's own attendance at one session. */
    public record MyAttendance(long sessionId, SessionKind kind, String title, LocalDateTime startsAt, String place,
                               AttendanceStatus status, String note) implements Serializable {
    }

    /** One row of an attendance CSV as the preview shows it. */
    public record CsvLine(long number, String email, String name, AttendanceStatus status, String note,
                          String problemColumn, String problemKey, List<Serializable> problemArguments) implements Serializable {
        public boolean isValid() {
            return problemKey == null;
        }
    }

    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public long schedule(long cohortId, SessionForm form) {
        Cohort cohort = access.asStaff(cohortId);
        checkModule(cohort, form.moduleId());
        TrainingSession session = new TrainingSession(cohort, form.kind(), form.title(), form.startsAt(), form.endsAt(),
                form.place(), form.moduleId());
        em.persist(session);
        Flush.orConflict(em, "error.changedMeanwhile");
        return session.id();
    }

    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public void change(long sessionId, long expectedVersion, SessionForm form) {
        TrainingSession session = asStaff(sessionId);
        if (session.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        checkModule(session.cohort(), form.moduleId());
        session.change(form.kind(), form.title(), form.startsAt(), form.endsAt(), form.place(), form.moduleId());
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    /** The sessions of a cohort in time order, with recorded and attended counts: one query. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<SessionRow> ofCohort(long cohortId) {
        Cohort cohort = access.asStaff(cohortId);
        return em.createQuery("select new org.qadam.attendance.TrainingSessions.SessionRow(s.id, s.kind, s.title, s.startsAt,"
                        + " s.endsAt, s.place, s.moduleId,"
                        + " (select count(a) from Attendance a where a.sessionId = s.id),"
                        + " (select count(b) from Attendance b where b.sessionId = s.id and b.status in :attended),"
                        + " s.version) from TrainingSession s where s.cohort = :cohort order by s.startsAt, s.id", SessionRow.class)
                .setParameter("cohort", cohort)
                .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                .setMaxResults(500).getResultList();
    }

    /** One session, for its cohort's staff. */
    public TrainingSession session(long sessionId) {
        return asStaff(sessionId);
    }

    /** The attendance sheet: active and completed learners, and anyone else who has a record, by team and name. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<SheetLine> sheet(long sessionId) {
        TrainingSession session = asStaff(sessionId);
        List<Object[]> found = em.createQuery("select e.id, a.displayName, a.email, t.name, x.status, x.note from Enrolment e"
                        + " join e.account a left join e.team t"
                        + " left join Attendance x on x.enrolmentId = e.id and x.sessionId = :session"
                        + " where e.cohort = :cohort and (e.status in :onSheet or x.status is not null)"
                        + " order by t.name, a.displayName, e.id", Object[].class)
                .setParameter("session", session.id()).setParameter("cohort", session.cohort())
                .setParameter("onSheet", ON_SHEET).getResultList();
        List<SheetLine> lines = new ArrayList<>();
        for (Object[] r : found) {
            lines.add(new SheetLine((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (AttendanceStatus) r[4], (String) r[5]));
        }
        return lines;
    }

    /** Records the sheet's lines that have a status; lines left blank are not recorded. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public int record(long sessionId, List<SheetLine> lines) {
        TrainingSession session = asStaff(sessionId);
        // the learners on the sheet: active and completed ones, and anyone who has a record for this session
        Set<Long> allowed = new HashSet<>(em.createQuery("select e.id from Enrolment e where e.cohort = :cohort"
                        + " and (e.status in :onSheet or exists (select x from Attendance x where x.enrolmentId = e.id and x.sessionId = :session))",
                        Long.class)
                .setParameter("cohort", session.cohort()).setParameter("onSheet", ON_SHEET)
                .setParameter("session", session.id()).getResultList());
        Map<Long, Attendance> existing = new HashMap<>();
        em.createQuery("select a from Attendance a where a.sessionId = :session", Attendance.class)
                .setParameter("session", session.id()).getResultList().forEach(a -> existing.put(a.enrolmentId(), a));
        long me = access.me();
        Set<Long> changed = new HashSet<>();
        for (SheetLine line : lines) {
            if (line.getStatus() == null) {
                continue;
            }
            if (!allowed.contains(line.getEnrolmentId())) {
                org.qadam.enrolment.Enrolment gone = em.find(org.qadam.enrolment.Enrolment.class, line.getEnrolmentId());
                if (gone != null && gone.cohort().id().equals(session.cohort().id())) {
                    // withdrawn since the sheet was opened: the trainer reloads it, nothing is recorded meanwhile
                    throw new ConflictException("error.attendance.sheetChanged", gone.account().displayName());
                }
                throw new AccessDeniedException("error.accessDenied");
            }
            Attendance attendance = existing.get(line.getEnrolmentId());
            if (attendance == null) {
                attendance = new Attendance(session.id(), line.getEnrolmentId());
                attendance.record(line.getStatus(), line.getNote(), clock.instant(), me);
                em.persist(attendance);
            } else {
                attendance.record(line.getStatus(), line.getNote(), clock.instant(), me);
            }
            changed.add(line.getEnrolmentId());
        }
        Flush.orConflict(em, "error.changedMeanwhile");
        recorded.fire(new AttendanceRecorded(session.cohort().id(), changed));
        return changed.size();
    }

    /** What an attendance CSV would record; nothing is written. */
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public List<CsvLine> previewCsv(long sessionId, byte[] csv) {
        TrainingSession session = asStaff(sessionId);
        return readCsv(session, csv);
    }

    /** Records every valid row of the CSV in one transaction; rows with problems are left out. */
    @Transactional
    @RequiresRole({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
    public int confirmCsv(long sessionId, byte[] csv) {
        TrainingSession session = asStaff(sessionId);
        List<CsvLine> lines = readCsv(session, csv);
        Map<String, Long> enrolmentOf = new HashMap<>();
        em.createQuery("select a.email, e.id from Enrolment e join e.account a where e.cohort = :cohort", Object[].class)
                .setParameter("cohort", session.cohort()).getResultList()
                .forEach(r -> enrolmentOf.put((String) r[0], (Long) r[1]));
        List<SheetLine> sheet = new ArrayList<>();
        for (CsvLine line : lines) {
            if (line.isValid()) {
                sheet.add(new SheetLine(enrolmentOf.get(line.email()), line.name(), line.email(), null, line.status(), line.note()));
            }
        }
        if (sheet.isEmpty()) {
            throw new InvalidInputException("error.csv.nothingValid");
        }
        return record(sessionId, sheet);
    }

    /** The caller's own attendance in a cohort, by session time. */
    public List<MyAttendance> mine(long cohortId) {
        long me = access.me();
        Long enrolment = em.createQuery("select e.id from Enrolment e where e.cohort.id = :cohort and e.account.id = :me", Long.class)
                .setParameter("cohort", cohortId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
        return em.createQuery("select new org.qadam.attendance.TrainingSessions.MyAttendance(s.id, s.kind, s.title, s.startsAt,"
                        + " s.place, x.status, x.note) from TrainingSession s"
                        + " left join Attendance x on x.sessionId = s.id and x.enrolmentId = :enrolment"
                        + " where s.cohort.id = :cohort order by s.startsAt, s.id", MyAttendance.class)
                .setParameter("cohort", cohortId).setParameter("enrolment", enrolment).setMaxResults(500).getResultList();
    }

    private List<CsvLine> readCsv(TrainingSession session, byte[] csv) {
        CsvTable table = CsvTable.read(csv, CSV_REQUIRED, CSV_KNOWN);
        Map<String, Object[]> people = new HashMap<>();
        em.createQuery("select a.email, a.displayName, e.status from Enrolment e join e.account a where e.cohort = :cohort"
                        + " and e.status in :onSheet", Object[].class)
                .setParameter("cohort", session.cohort()).setParameter("onSheet", ON_SHEET).getResultList()
                .forEach(r -> people.put((String) r[0], r));
        Map<String, Long> firstRow = new HashMap<>();
        List<CsvLine> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String email = row.get("email");
            String column = null;
            String key = null;
            List<Serializable> args = List.of();
            String name = "";
            AttendanceStatus status = null;
            String note = Text.tidy(row.get("note"));
            if (!table.isComplete(row)) {
                key = "error.csv.columnCount";
                args = List.of(row.size(), table.columns().size());
            } else {
                try {
                    email = EmailAddress.normalise(email);
                } catch (QadamException bad) {
                    column = "email";
                    key = bad.messageKey();
                    args = List.of(Text.tidy(row.get("email")));
                }
            }
            if (key == null) {
                Long first = firstRow.putIfAbsent(email, row.number());
                Object[] person = people.get(email);
                if (first != null) {
                    column = "email";
                    key = "error.csv.duplicateRow";
                    args = List.of(first);
                } else if (person == null) {
                    column = "email";
                    key = "error.csv.notInCohort";
                    args = List.of(email);
                } else {
                    name = (String) person[1];
                }
            }
            if (key == null) {
                status = statusOf(row.get("status"));
                if (status == null) {
                    column = "status";
                    key = "error.csv.unknownStatus";
                    args = List.of(Text.tidy(row.get("status")));
                } else if (note.length() > Attendance.MAX_NOTE) {
                    column = "note";
                    key = "error.text.tooLong";
                    args = List.of(Attendance.MAX_NOTE);
                }
            }
            lines.add(new CsvLine(row.number(), email, name, status, note, column, key, args));
        }
        return lines;
    }

    /**
     * A status as written on a sheet: the English code (present, late, excused, absent) or its word in
     * any of the three languages, in any letter case (in Russian also in the feminine).
     */
    public static AttendanceStatus statusOf(String written) {
        String typed = Text.tidy(written).toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return null;
        }
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(typed)) {
                return status;
            }
            for (String language : List.of("en", "ru", "uz")) {
                String word = ResourceBundle.getBundle("org.qadam.i18n.messages", Locale.forLanguageTag(language))
                        .getString("attendance.status." + status.name());
                // a label such as "Присутствовал(а)" stands for both forms
                String lower = word.toLowerCase(Locale.forLanguageTag(language)).replace("(а)", "");
                // Russian sheets write the past tense in the feminine too: присутствовала, опоздала
                if (lower.equals(typed) || word.toLowerCase(Locale.ROOT).equals(typed)
                        || typed.endsWith("ла") && lower.equals(typed.substring(0, typed.length() - 1))) {
                    return status;
                }
            }
        }
        return null;
    }

    private void checkModule(Cohort cohort, String moduleId) {
        if (moduleId == null || moduleId.isBlank()) {
            return;
        }
        boolean known = cohort.releases().stream().anyMatch(r -> r.moduleId().equals(moduleId));
        if (!known) {
            throw new InvalidInputException("error.session.unknownModule");
        }
    }

    private TrainingSession asStaff(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("error.notFound");
        }
        access.asStaff(session.cohort().id());
        return session;
    }
}
