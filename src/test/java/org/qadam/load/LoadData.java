package org.qadam.load;

import org.qadam.curriculum.CourseDefinition;
import org.qadam.curriculum.CourseReader;
import org.qadam.certificate.VerificationCode;
import org.qadam.enrolment.Team;
import org.qadam.organisation.Organisation;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills a MySQL/MariaDB database of Qadam with a programme of size S, M or L (docs/performance.md),
 * the same for the same seed and day. It writes straight through JDBC in multi-row batches (Connector/J's
 * {@code rewriteBatchedStatements}), with key checks off for the session, so size L takes minutes.
 *
 * <p>The database must have been migrated and the courses imported, which a first start of Qadam on it
 * does. The generator adds people, organisations, cohorts and a year of their work next to whatever is
 * there, with ids after the highest ones present, and writes the submissions' small files and the
 * certificates' PDFs into the file store. It also writes the journeys' feeder files (who signs in, which
 * cohort and assignment they work on, which codes to verify) into the output folder.
 *
 * <p>Everyone it makes signs in with the password {@value #PASSWORD}.
 */
public final class LoadData {

    public static final String PASSWORD = "qadam-load-2026";
    static final String DOMAIN = "load.example";
    static final String ADMIN = "admin@" + DOMAIN;
    private static final int BATCH = 2_000;
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private static final String[][] REGIONS = {
            {"QR", "Republic of Karakalpakstan", "Республика Каракалпакстан", "Qoraqalpogʻiston Respublikasi"},
            {"AN", "Andijan region", "Андижанская область", "Andijon viloyati"},
            {"BU", "Bukhara region", "Бухарская область", "Buxoro viloyati"},
            {"JI", "Jizzakh region", "Джизакская область", "Jizzax viloyati"},
            {"QA", "Kashkadarya region", "Кашкадарьинская область", "Qashqadaryo viloyati"},
            {"NV", "Navoi region", "Навоийская область", "Navoiy viloyati"},
            {"NG", "Namangan region", "Наманганская область", "Namangan viloyati"},
            {"SA", "Samarkand region", "Самаркандская область", "Samarqand viloyati"},
            {"SU", "Surkhandarya region", "Сурхандарьинская область", "Surxondaryo viloyati"},
            {"SI", "Syrdarya region", "Сырдарьинская область", "Sirdaryo viloyati"},
            {"TO", "Tashkent region", "Ташкентская область", "Toshkent viloyati"},
            {"FA", "Fergana region", "Ферганская область", "Fargʻona viloyati"},
            {"XR", "Khorezm region", "Хорезмская область", "Xorazm viloyati"},
            {"TK", "Tashkent city", "город Ташкент", "Toshkent shahri"}};
    private static final String[] FIRST = {"Aziz", "Madina", "Dilnoza", "Jasur", "Gulnora", "Otabek", "Nodira",
            "Sardor", "Zarina", "Bekzod", "Shahnoza", "Ulugʻbek", "Malika", "Farrux", "Oʻgʻiloy", "Anvar",
            "Елена", "Дмитрий", "Наталья", "Рустам", "Ольга", "Тимур", "Светлана", "Алишер"};
    private static final String[] LAST = {"Karimov", "Rahimova", "Yusupov", "Toshmatova", "Ergashev", "Qodirova",
            "Abdullayev", "Saidova", "Nazarov", "Xolmatova", "Ким", "Иванова", "Пак", "Сергеев", "Ахмедова"};
    private static final String[] NGO_WORDS = {"Bolalar Ovozi", "Mehr Nuri", "Kelajak", "Umid", "Oila Markazi",
            "Yosh Avlod", "Sogʻlom Avlod", "Nur", "Ishonch", "Tayanch", "Детский Мир", "Забота", "Надежда"};

    private final LoadSize size;
    private final Random random;
    private final SecureRandom codes;
    private final LocalDate today;
    private final Path files;
    private final Path out;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final byte[] fileTemplate;
    private final MessageDigest sha;

    private Connection db;
    private Course ngo;
    private long nextAccount;
    private long nextSubmission;
    private String[] organisationNames;

    LoadData(LoadSize size, long seed, LocalDate today, Path files, Path out) throws NoSuchAlgorithmException {
        this.size = size;
        this.random = new Random(seed);
        this.codes = SecureRandom.getInstance("SHA1PRNG");
        this.codes.setSeed(seed);
        this.today = today;
        this.files = files;
        this.out = out;
        this.sha = MessageDigest.getInstance("SHA-256");
        this.fileTemplate = tinyPdf();
    }

    /**
     * {@code --size S|M|L --seed N --url jdbc:mysql://… --user U --password P --files DIR --out DIR
     * [--courses DIR] [--today YYYY-MM-DD]}.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = arguments(args);
        LoadData generator = new LoadData(LoadSize.valueOf(a.getOrDefault("size", "S")),
                Long.parseLong(a.getOrDefault("seed", "42")),
                a.containsKey("today") ? LocalDate.parse(a.get("today")) : LocalDate.now(TASHKENT),
                Path.of(a.getOrDefault("files", "data/files")), Path.of(a.getOrDefault("out", "target/load")));
        generator.fill(a.get("url"), a.getOrDefault("user", "root"), a.getOrDefault("password", ""),
                Path.of(a.getOrDefault("courses", "courses")));
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        return a;
    }

    /** Writes the whole programme, and returns how many rows of each kind it wrote. */
    Map<String, Long> fill(String url, String user, String password, Path courses) throws Exception {
        long started = System.nanoTime();
        String bulkUrl = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection(bulkUrl, user, password)) {
            db = c;
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("set foreign_key_checks = 0");
                s.execute("set unique_checks = 0");
            }
            ngo = course(courses.resolve("ngo-cycle"));
            nextAccount = next("account");
            nextSubmission = next("submission");
            List<Long> regions = regions();
            long[] organisations = organisations(regions);
            String hash = passwordHash();
            long[] coordinators = staff("coordinator", size.coordinators, "COORDINATOR", hash);
            long[] trainers = staff("trainer", size.trainers, "TRAINER", hash);
            programme(regions, organisations, coordinators, trainers, hash);
            try (Statement s = db.createStatement()) {
                s.execute("set foreign_key_checks = 1");
                s.execute("set unique_checks = 1");
            }
            db.commit();
        }
        counts.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("generated.txt")))) {
            counts.forEach((k, v) -> summary.println(k + "=" + v));
        }
        counts.forEach((k, v) -> System.out.println("GENERATED " + k + " " + v));
        return counts;
    }

    // ------------------------------------------------------------------ the curriculum, as imported

    /** The course's id and version in the database, with its modules read from the course folder. */
    private record Course(long id, int version, String code, CourseDefinition definition) {
    }

    private Course course(Path folder) throws SQLException {
        CourseReader.Reading reading = new CourseReader().read(folder);
        if (!reading.isValid()) {
            throw new IllegalStateException("the course in " + folder + " does not read: " + reading.problems());
        }
        String code = reading.course().id();
        try (PreparedStatement p = db.prepareStatement("select id, latest_version from course where code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("course " + code + " is not imported yet: start Qadam on this database once first");
                }
                return new Course(r.getLong(1), r.getInt(2), code, reading.course());
            }
        }
    }

    // ------------------------------------------------------------------ regions, organisations, people

    /**
     * The stored hash of {@value #PASSWORD}, taken from the first administrator that Qadam made at its first
     * start ({@code QADAM_ADMIN_EMAIL} admin@load.example with that password), so the hash is Qadam's own.
     */
    private String passwordHash() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("select password_hash from account where email = ?")) {
            p.setString(1, ADMIN);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no account " + ADMIN + ": start Qadam once on this database with "
                            + "QADAM_ADMIN_EMAIL=" + ADMIN + " and QADAM_ADMIN_PASSWORD=" + PASSWORD);
                }
                return r.getString(1);
            }
        }
    }

    private List<Long> regions() throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "insert ignore into region (code, name_en, name_ru, name_uz, version) values (?, ?, ?, ?, 1)")) {
            for (String[] r : REGIONS) {
                for (int i = 0; i < 4; i++) {
                    p.setString(i + 1, r[i]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from region order by id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        counts.put("regions", (long) ids.size());
        return ids;
    }

    private long[] organisations(List<Long> regions) throws SQLException {
        long first = next("organisation");
        long[] ids = new long[size.organisations];
        organisationNames = new String[ids.length];
        try (Bulk b = new Bulk("insert into organisation (id, name, name_key, kind, region_id, version) values (?, ?, ?, ?, ?, 1)")) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = first + i;
                String name = pick(NGO_WORDS) + " " + (i + 1);
                organisationNames[i] = name;
                b.row(ids[i], name, Organisation.keyOf(name), i % 10 == 9 ? "GOVERNMENT" : "NGO", regions.get(i % regions.size()));
            }
        }
        counts.put("organisations", (long) ids.length);
        return ids;
    }

    private long[] staff(String prefix, int n, String role, String hash) throws SQLException, IOException {
        long[] ids = new long[n];
        try (Bulk accounts = new Bulk("insert into account (id, email, display_name, password_hash, language, organisation_id, active, created_at, version) values (?, ?, ?, ?, ?, null, true, ?, 1)");
             Bulk roles = new Bulk("insert into account_role (account_id, role) values (?, ?)")) {
            for (int i = 0; i < n; i++) {
                ids[i] = nextAccount++;
                accounts.row(ids[i], prefix + (i + 1) + "@" + DOMAIN, person(), hash, i % 3 == 0 ? "RU" : "UZ", at(today.minusYears(2)));
                roles.row(ids[i], role);
            }
        }
        try (PrintWriter feeder = feeder(prefix + "s.csv", "email")) {
            for (int i = 0; i < n; i++) {
                feeder.println(prefix + (i + 1) + "@" + DOMAIN);
            }
        }
        counts.merge("accounts", (long) n, Long::sum);
        return ids;
    }

    // ------------------------------------------------------------------ cohorts and a year of work

    /**
     * Half the cohorts ran last year and are finished: every module open, every assignment handed in,
     * graded and released, attendance recorded, certificates issued. The other half started this autumn:
     * the first five modules are open by date, the first three assignments are handed in and partly
     * graded, and the fourth is open for about half of the learners to hand in (the learner journey).
     */
    private void programme(List<Long> regions, long[] organisations, long[] coordinators, long[] trainers, String hash)
            throws SQLException, IOException {
        int current = size.cohorts / 2;
        int past = size.cohorts - current;
        int learnersNow = size.learners / 2;
        int learnersPast = size.learners - learnersNow;
        long firstCohort = next("cohort");
        long enrolmentId = next("enrolment");
        long teamId = next("team");
        long sessionId = next("training_session");
        long fileId = next("submission_file");
        long changeId = next("grade_change");
        long certificateId = next("certificate");
        List<Assignment> assignments = assignments();
        try (Bulk cohort = new Bulk("insert into cohort (id, name, course_id, course_version, starts_on, ends_on, created_at, version, capacity, open_for_requests) values (?, ?, ?, ?, ?, ?, ?, 1, null, false)");
             Bulk cohortRegion = new Bulk("insert into cohort_region (cohort_id, region_id) values (?, ?)");
             Bulk cohortTrainer = new Bulk("insert into cohort_trainer (cohort_id, account_id) values (?, ?)");
             Bulk release = new Bulk("insert into module_release (cohort_id, module_id, position, opens_on, on_completion) values (?, ?, ?, ?, ?)");
             Bulk account = new Bulk("insert into account (id, email, display_name, password_hash, language, organisation_id, active, created_at, version) values (?, ?, ?, ?, ?, ?, true, ?, 1)");
             Bulk role = new Bulk("insert into account_role (account_id, role) values (?, 'LEARNER')");
             Bulk team = new Bulk("insert into team (id, cohort_id, name, name_key, organisation_id, version) values (?, ?, ?, ?, ?, 1)");
             Bulk enrolment = new Bulk("insert into enrolment (id, cohort_id, account_id, team_id, status, requested_at, status_at, reason, decided_by, version) values (?, ?, ?, ?, ?, ?, ?, null, ?, 1)");
             Bulk lesson = new Bulk("insert into lesson_progress (enrolment_id, lesson_id, module_id, completed_at) values (?, ?, ?, ?)");
             Bulk completion = new Bulk("insert into module_completion (enrolment_id, module_id, completed_at) values (?, ?, ?)");
             Bulk session = new Bulk("insert into training_session (id, cohort_id, kind, title, starts_at, ends_at, place, module_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)");
             Bulk attendance = new Bulk("insert into attendance (session_id, enrolment_id, status, note, recorded_at, recorded_by) values (?, ?, ?, null, ?, ?)");
             Bulk submission = new Bulk("insert into submission (id, cohort_id, module_id, assignment_id, owner_key, enrolment_id, team_id, organisation_id, attempt, status, text_html, late, created_at, saved_at, saved_by, submitted_at, submitted_by, total, feedback_html, graded_by, graded_at, released_at, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             Bulk score = new Bulk("insert into submission_score (submission_id, criterion_id, points) values (?, ?, ?)");
             Bulk file = new Bulk("insert into submission_file (id, submission_id, purpose, name, media_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values (?, ?, 'SUBMISSION', ?, 'application/pdf', ?, ?, ?, ?, ?)");
             Bulk change = new Bulk("insert into grade_change (id, submission_id, changed_at, changed_by, action, from_status, to_status, from_total, to_total, from_scores, to_scores) values (?, ?, ?, ?, ?, ?, ?, null, ?, null, ?)");
             Bulk certificate = new Bulk("insert into certificate (id, code, cohort_id, enrolment_id, account_id, holder_name, language, course_code, course_version, cohort_name, starts_on, ends_on, details, issued_at, issued_by, status, status_at, status_by, reason, superseded_by, valid_slot, pdf_key, pdf_sha256, pdf_size, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, 1)");
             PrintWriter learnerFeeder = feeder("learners.csv", "email,cohort,lesson,assignment");
             PrintWriter cohortFeeder = feeder("cohorts.csv", "cohort,trainer,coordinator,large");
             PrintWriter codeFeeder = feeder("certificates.csv", "code,holder")) {
            int learner = 0;
            for (int c = 0; c < size.cohorts; c++) {
                boolean now = c < current;
                long cohortId = firstCohort + c;
                int people = now
                        ? (c == 0 ? size.largeCohort : share(learnersNow - size.largeCohort, current - 1, c - 1))
                        : share(learnersPast, past, c - current);
                LocalDate starts = now ? today.minusDays(100 + random.nextInt(20)) : today.minusDays(450 + random.nextInt(20));
                LocalDate ends = starts.plusYears(1);
                String name = (now ? "NGO cycle " + starts.getYear() : "NGO cycle " + starts.getYear() + " (finished)") + " – " + (c + 1);
                cohort.row(cohortId, name, ngo.id(), ngo.version(), starts, ends, at(starts.minusDays(30)));
                long regionId = regions.get(c % regions.size());
                cohortRegion.row(cohortId, regionId);
                long trainerA = trainers[c % trainers.length];
                long trainerB = trainers[(c + 1) % trainers.length];
                cohortTrainer.row(cohortId, trainerA);
                if (trainerB != trainerA) {
                    cohortTrainer.row(cohortId, trainerB);
                }
                long coordinator = coordinators[c % coordinators.length];
                if (c == 0) {
                    try (PrintWriter large = feeder("large-cohort.csv", "cohort")) {
                        large.println(cohortId);
                    }
                }
                cohortFeeder.println(cohortId + "," + email("trainer", c % trainers.length) + ","
                        + email("coordinator", c % coordinators.length) + "," + (c == 0));
                List<CourseDefinition.Module> modules = ngo.definition().modules();
                LocalDate[] opens = new LocalDate[modules.size()];
                for (int m = 0; m < modules.size(); m++) {
                    opens[m] = now ? (m <= 4 ? starts.plusDays(20L * m) : null) : starts.plusDays(45L * m);
                    release.row(cohortId, modules.get(m).id(), m, opens[m], opens[m] == null);
                }
                // sessions: three finished ones last year, one so far this year, and one to come
                List<Long> recorded = new ArrayList<>();
                int sessions = now ? 2 : 3;
                for (int s = 0; s < sessions; s++) {
                    LocalDate day = now ? starts.plusDays(30L + 100L * s) : starts.plusDays(60L + 90L * s);
                    long id = sessionId++;
                    session.row(id, cohortId, s == 1 ? "ROUND_TABLE" : "TRAINING", (s == 1 ? "Round table " : "Training day ") + (s + 1),
                            LocalDateTime.of(day, LocalTime.of(10, 0)), LocalDateTime.of(day, LocalTime.of(16, 0)),
                            "Regional centre, room " + (1 + random.nextInt(12)), modules.get(Math.min(s, modules.size() - 1)).id());
                    if (day.isBefore(today)) {
                        recorded.add(id);
                    }
                }
                for (int p = 0; p < people; p++, learner++) {
                    long accountId = nextAccount++;
                    int orgIndex = learner % organisations.length;
                    long organisationId = organisations[orgIndex];
                    String holder = person();
                    String language = random.nextInt(100) < 60 ? "uz" : random.nextInt(10) < 9 ? "ru" : "en";
                    String email = "learner" + (learner + 1) + "@" + DOMAIN;
                    account.row(accountId, email, holder, hash, language.toUpperCase(Locale.ROOT), organisationId, at(starts.minusDays(40)));
                    role.row(accountId);
                    long tId = teamId++;
                    String teamName = organisationNames[orgIndex];
                    team.row(tId, cohortId, teamName, Team.keyOf(teamName), organisationId);
                    long eId = enrolmentId++;
                    enrolment.row(eId, cohortId, accountId, tId, now ? "ACTIVE" : "COMPLETED", at(starts.minusDays(20)),
                            at(now ? starts.minusDays(10) : ends.minusDays(30)), coordinator);
                    for (long sId : recorded) {
                        int roll = random.nextInt(100);
                        attendance.row(sId, eId, roll < 80 ? "PRESENT" : roll < 88 ? "LATE" : roll < 95 ? "EXCUSED" : "ABSENT",
                                at(today.minusDays(5)), trainerA);
                    }
                    // work: every assignment of an open module, in attempts
                    boolean leaveLastOpen = now && random.nextBoolean();
                    String journeyAssignment = null;
                    int modulesDone = 0;
                    for (int m = 0; m < modules.size(); m++) {
                        if (opens[m] == null) {
                            break;
                        }
                        CourseDefinition.Module module = modules.get(m);
                        boolean lastOpen = now && m == 4;
                        boolean passed = true;
                        for (Assignment a : assignments) {
                            if (!a.moduleId.equals(module.id())) {
                                continue;
                            }
                            if (lastOpen && leaveLastOpen) {
                                journeyAssignment = a.id;
                                passed = false;
                                continue;
                            }
                            int attempts = lastOpen ? 1 : 1 + (random.nextInt(100) < 90 ? (random.nextInt(100) < 85 ? 1 : 0) + (random.nextInt(100) < 45 ? 1 : 0) : 0);
                            attempts = Math.min(attempts, a.attempts);
                            LocalDate handedIn = opens[m].plusDays(7 + random.nextInt(Math.max(1, a.dueDays)));
                            for (int n = 1; n <= attempts; n++) {
                                boolean latest = n == attempts;
                                String status;
                                if (!latest) {
                                    status = "RETURNED";
                                } else if (!now) {
                                    status = "RELEASED";
                                } else if (lastOpen) {
                                    status = random.nextBoolean() ? "DRAFT" : "SUBMITTED";
                                } else {
                                    int roll = random.nextInt(100);
                                    status = roll < 50 ? "RELEASED" : roll < 67 ? "GRADED" : roll < 74 ? "IN_GRADING" : "SUBMITTED";
                                }
                                LocalDate day = handedIn.plusDays(14L * (n - 1));
                                if (!day.isBefore(today)) {
                                    day = today.minusDays(1 + random.nextInt(5));
                                }
                                boolean scored = switch (status) {
                                    case "RELEASED", "GRADED" -> true;
                                    case "RETURNED" -> random.nextInt(100) < 38;
                                    default -> false;
                                };
                                BigDecimal total = null;
                                StringBuilder scores = new StringBuilder();
                                long id = nextSubmission++;
                                if (scored) {
                                    List<BigDecimal> picks = levels(a, latest);
                                    total = BigDecimal.ZERO;
                                    for (int k = 0; k < picks.size(); k++) {
                                        String criterion = a.rubric.get(k).id();
                                        total = total.add(picks.get(k));
                                        score.row(id, criterion, picks.get(k));
                                        scores.append(scores.isEmpty() ? "" : ",").append(criterion).append('=').append(picks.get(k).toPlainString());
                                    }
                                    counts.merge("grades", 1L, Long::sum);
                                }
                                if (latest && !"RELEASED".equals(status)) {
                                    passed = false;
                                }
                                boolean draft = "DRAFT".equals(status);
                                Timestamp savedAt = at(day);
                                boolean graded = !draft && !"SUBMITTED".equals(status) && !"IN_GRADING".equals(status);
                                Timestamp gradedAt = graded || "IN_GRADING".equals(status) ? at(day.plusDays(3)) : null;
                                submission.row(id, cohortId, module.id(), a.id, "T" + tId, tId, organisationId, n, status,
                                        "<p>Our " + a.id.replace('-', ' ') + ", attempt " + n + ".</p>",
                                        !draft && day.isAfter(opens[m].plusDays(a.dueDays)), savedAt, savedAt, accountId,
                                        draft ? null : savedAt, draft ? null : accountId, total,
                                        graded ? "<p>Thank you. See the comments on the evidence.</p>" : null,
                                        gradedAt == null ? null : trainerA, gradedAt,
                                        "RELEASED".equals(status) ? at(day.plusDays(4)) : null);
                                if (!draft) {
                                    storeFile(file, fileId++, id, accountId, savedAt);
                                }
                                if (gradedAt != null) {
                                    change.row(changeId++, id, gradedAt, trainerA, gradeAction(status), "SUBMITTED", status, total,
                                            scores.isEmpty() ? null : scores.toString());
                                }
                                counts.merge("submissions", 1L, Long::sum);
                            }
                        }
                        boolean lessonsDone = !now || m < 4 || random.nextBoolean();
                        if (lessonsDone) {
                            for (CourseDefinition.Lesson l : module.lessons()) {
                                lesson.row(eId, l.id(), module.id(), at(opens[m].plusDays(3)));
                            }
                        }
                        if (lessonsDone && passed) {
                            completion.row(eId, module.id(), at(opens[m].plusDays(40)));
                            modulesDone++;
                        }
                    }
                    counts.merge("moduleCompletions", (long) modulesDone, Long::sum);
                    if (now && journeyAssignment != null) {
                        learnerFeeder.println(email + "," + cohortId + "," + modules.get(0).lessons().get(0).id() + "," + journeyAssignment);
                    }
                    if (!now) {
                        String code = code();
                        boolean revoked = random.nextInt(100) < 2;
                        StoredPdf pdf = storeCertificate(code);
                        Timestamp issued = at(ends.minusDays(25));
                        certificate.row(certificateId++, code, cohortId, eId, accountId, holder, language, ngo.code(), ngo.version(),
                                name, starts, ends, details(), issued, coordinator, revoked ? "REVOKED" : "VALID", issued,
                                revoked ? coordinator : null, revoked ? "Issued in error: the name was misspelt." : null,
                                revoked ? null : eId, pdf.key, pdf.sha256, pdf.size);
                        codeFeeder.println(code + "," + holder.replace(",", " "));
                        counts.merge("certificates", 1L, Long::sum);
                    }
                }
            }
            counts.put("cohorts", (long) size.cohorts);
            counts.put("learners", (long) learner);
            counts.merge("accounts", (long) learner, Long::sum);
            counts.put("attendance", attendance.rows);
            counts.put("trainingSessions", session.rows);
            counts.put("lessonProgress", lesson.rows);
            counts.put("files", file.rows);
        }
    }

    /**
     * One level per criterion: for a final grade, levels from the upper half that reach the pass mark (or
     * the top levels where they would not); for work returned for revision, any levels.
     */
    private List<BigDecimal> levels(Assignment a, boolean mustPass) {
        List<BigDecimal> picks = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CourseDefinition.Criterion criterion : a.rubric) {
            List<CourseDefinition.Level> levels = criterion.levels().stream()
                    .sorted((x, y) -> x.points().compareTo(y.points())).toList();
            int from = mustPass ? levels.size() / 2 : 0;
            BigDecimal points = levels.get(from + random.nextInt(levels.size() - from)).points();
            picks.add(points);
            total = total.add(points);
        }
        if (mustPass && total.compareTo(a.passMark) < 0) {
            picks.clear();
            for (CourseDefinition.Criterion criterion : a.rubric) {
                picks.add(criterion.levels().stream().map(CourseDefinition.Level::points).max(BigDecimal::compareTo).orElseThrow());
            }
        }
        return picks;
    }

    /** The share of {@code total} learners that the {@code index}th of {@code parts} cohorts gets. */
    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private static String gradeAction(String status) {
        return switch (status) {
            case "IN_GRADING" -> "SAVE_DRAFT";
            case "GRADED" -> "MARK_GRADED";
            case "RETURNED" -> "RETURN";
            default -> "RELEASE";
        };
    }

    private record Assignment(String id, String moduleId, int attempts, int dueDays, BigDecimal passMark,
                              List<CourseDefinition.Criterion> rubric) {
    }

    private List<Assignment> assignments() {
        List<Assignment> all = new ArrayList<>();
        for (CourseDefinition.Module m : ngo.definition().modules()) {
            for (CourseDefinition.Assignment a : m.assignments()) {
                all.add(new Assignment(a.id(), m.id(), a.attempts(), a.dueDays(), a.passMark(), a.rubric()));
            }
        }
        return all;
    }

    private String details() {
        StringBuilder json = new StringBuilder("{\"course\":{");
        String sep = "";
        for (var e : ngo.definition().title().texts().entrySet()) {
            json.append(sep).append('"').append(e.getKey().name().toLowerCase()).append("\":\"").append(e.getValue().replace("\"", "\\\"")).append('"');
            sep = ",";
        }
        return json.append("},\"issuer\":{\"en\":\"Academy of Public Administration\",\"ru\":\"Академия государственного управления\",\"uz\":\"Davlat boshqaruvi akademiyasi\"}}").toString();
    }

    // ------------------------------------------------------------------ files

    private record StoredPdf(String key, String sha256, long size) {
    }

    private void storeFile(Bulk file, long id, long submissionId, long by, Timestamp at) throws SQLException, IOException {
        StoredPdf pdf = store(("Submission " + submissionId).getBytes(StandardCharsets.US_ASCII));
        file.row(id, submissionId, "work-" + submissionId + ".pdf", pdf.size, pdf.sha256, pdf.key, at, by);
    }

    /** A certificate's stand-in: a small PDF with its code, not the real rendering (CertificateBenchmarkIT measures that). */
    private StoredPdf storeCertificate(String code) throws IOException {
        return store(("Certificate " + code).getBytes(StandardCharsets.US_ASCII));
    }

    /** A small valid PDF naming what it stands for, written where the file store keeps it. */
    private StoredPdf store(byte[] label) throws IOException {
        byte[] content = new byte[fileTemplate.length + label.length + 1];
        System.arraycopy(fileTemplate, 0, content, 0, fileTemplate.length);
        System.arraycopy(label, 0, content, fileTemplate.length, label.length);
        content[content.length - 1] = '\n';
        String key = HexFormat.of().formatHex(randomBytes(16));
        Path target = files.resolve("store").resolve(key.substring(0, 2)).resolve(key);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        return new StoredPdf(key, HexFormat.of().formatHex(sha.digest(content)), content.length);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] tinyPdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
                2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
                3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj
                trailer <</Root 1 0 R>>
                %%EOF
                %""";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    // ------------------------------------------------------------------ small things

    private String code() {
        return VerificationCode.generate(codes);
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String email(String prefix, int index) {
        return prefix + (index + 1) + "@" + DOMAIN;
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(9, 30));
    }

    private long next(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private PrintWriter feeder(String name, String header) throws IOException {
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8));
        w.println(header);
        return w;
    }

    /** One insert statement, sent in batches of {@value #BATCH} rows and committed as it goes. */
    private final class Bulk implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;
        long rows;

        Bulk(String sql) throws SQLException {
            this.statement = db.prepareStatement(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                statement.setObject(i + 1, v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
            }
            statement.addBatch();
            rows++;
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                db.commit();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }
}
