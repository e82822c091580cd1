package org.qadam.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.assignment.AssignmentSchedule;
import org.qadam.assignment.Attempt;
import org.qadam.assignment.FileRecovery;
import org.qadam.assignment.GradeAction;
import org.qadam.assignment.Gradebook;
import org.qadam.assignment.Grading;
import org.qadam.assignment.Owner;
import org.qadam.assignment.QueueQuery;
import org.qadam.assignment.QueueRow;
import org.qadam.assignment.SubmissionFile;
import org.qadam.assignment.SubmissionFiles;
import org.qadam.assignment.SubmissionStatus;
import org.qadam.assignment.Submissions;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedCriterion;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.QadamException;
import org.qadam.shared.files.DamagedFileException;
import org.qadam.shared.files.FileStore;
import org.qadam.shared.persistence.QadamDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assignments on Payara Micro against the real MariaDB/MySQL: the submission lifecycle (draft, hand in,
 * late, cut-off, extension, return, new attempt, grade, release), files checked by content and stored
 * under safe names, nothing left behind by a failure between file and row, two trainers saving one grade
 * at once, who may see which submission and file, the audit trail, completion and the gradebook. One
 * deployment for all; each test signs in as one person.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private static final ZoneId PROGRAMME = ZoneId.of("Asia/Tashkent");
    private static final String COURSE = "ngo-cycle";
    private static final String SA = "situation-analysis";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return QadamDeployment.realWar();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SecurityContext security;
    @Inject
    Curriculum curriculum;
    @Inject
    Submissions submissions;
    @Inject
    Grading grading;
    @Inject
    Gradebook gradebook;
    @Inject
    AssignmentSchedule schedule;
    @Inject
    SubmissionFiles files;
    @Inject
    FileStore store;
    @Inject
    FileRecovery recovery;
    @Inject
    ConcurrentCalls concurrent;
    @Resource
    UserTransaction transaction;
    @Resource(lookup = QadamDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A cohort with every module open, its trainer, and one NGO team of two learners. */
    private record Setup(long cohort, long trainer, long team, Account first, Account second, long firstEnrolment,
                         long secondEnrolment) {
    }

    private Setup setup() {
        long region = fixtures.region();
        long cohort = fixtures.cohort(COURSE, today().minusDays(30), today().plusMonths(10), region, null, false);
        fixtures.openAllModules(cohort);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER);
        fixtures.runBy(cohort, trainer.id());
        long ngo = fixtures.organisation("Team NGO " + UUID.randomUUID().toString().substring(0, 6));
        long team = fixtures.team(cohort, "Team " + UUID.randomUUID().toString().substring(0, 6), ngo);
        Account first = fixtures.personIn(ngo, Fixtures.uniqueEmail("first"), Role.LEARNER);
        Account second = fixtures.personIn(ngo, Fixtures.uniqueEmail("second"), Role.LEARNER);
        long e1 = fixtures.enrolInTeam(cohort, first.id(), team);
        long e2 = fixtures.enrolInTeam(cohort, second.id(), team);
        return new Setup(cohort, trainer.id(), team, first, second, e1, e2);
    }

    // ------------------------------------------------------------------ the learner's side

    @Test
    void aTeamDraftsHandsInLateIsReturnedMissesTheCutOffGetsAnExtensionAndSeesTheGradeOnlyOnceReleased() throws Exception {
        Setup s = setup();
        Owner team = new Owner(null, s.team());
        signIn(s.first().email());

        String typed = "<p>Our draft<script>alert(1)</script> <b>one</b></p>";
        Submissions.AssignmentPage page = submissions.saveDraft(s.cohort(), SA, typed, null);
        long v = page.draft().version();
        assertThat(page.forTeam()).isTrue();
        assertThat(page.draft().textHtml()).as("sanitised with the allow-list").contains("<b>one</b>").doesNotContain("script");
        assertThat(submissions.page(s.cohort(), SA).draft()).as("the page after the change is the page as stored")
                .extracting(Attempt::id, Attempt::version, Attempt::textHtml)
                .containsExactly(page.draft().id(), v, page.draft().textHtml());
        long stale = v;
        v = submissions.addFile(s.cohort(), SA, typed, file("analysis.pdf", PDF), v).draft().version();
        assertThat(v).isGreaterThan(stale);
        assertThatThrownBy(() -> submissions.saveDraft(s.cohort(), SA, "<p>overwrite</p>", stale))
                .as("a teammate's page from before is refused").extracting(e -> ((QadamException) e).messageKey())
                .isEqualTo("error.submission.changedByOther");

        // due yesterday, cut-off tomorrow: handed in, but late
        fixtures.dates(s.cohort(), SA, today().minusDays(1), today().plusDays(1), s.trainer());
        Submissions.AssignmentPage handedIn = submissions.submit(s.cohort(), SA, typed, v);
        assertThat(handedIn.draft()).isNull();
        assertThat(handedIn.canWork()).as("nothing more to do until it is returned").isFalse();
        Attempt first = handedIn.latest();
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(first.late()).isTrue();
        assertThat(first.files()).extracting(Attempt.FileRow::name).containsExactly("analysis.pdf");
        assertThatThrownBy(() -> submissions.saveDraft(s.cohort(), SA, "<p>more</p>", null))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.submission.alreadySubmitted");

        // returned for revision: the feedback shows, the levels do not
        PublishedAssignment a = assignment();
        fixtures.grade(first.id(), GradeAction.RETURN, Map.of(a.rubric().get(0).id(), level(a, 0, 1)), "<p>Add your sources</p>", s.trainer());
        Attempt returned = submissions.page(s.cohort(), SA).latest();
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.feedbackHtml()).contains("Add your sources");
        assertThat(returned.total()).isNull();
        assertThat(returned.scores()).isEmpty();

        // the next attempt, after the cut-off: refused until an extension covers today
        fixtures.dates(s.cohort(), SA, today().minusDays(3), today().minusDays(1), s.trainer());
        long v2 = submissions.saveDraft(s.cohort(), SA, "<p>Second attempt</p>", null).draft().version();
        assertThatThrownBy(() -> submissions.submit(s.cohort(), SA, "<p>Second attempt with sources</p>", v2))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.submission.cutOffPassed");
        assertThat(submissions.page(s.cohort(), SA).draft()).as("a refused hand-in saves nothing, not even the text")
                .satisfies(d -> assertThat(d.version()).isEqualTo(v2))
                .satisfies(d -> assertThat(d.textHtml()).contains("Second attempt").doesNotContain("with sources"));
        fixtures.extension(s.cohort(), SA, team, today().plusDays(2), s.trainer());
        Attempt second = submissions.submit(s.cohort(), SA, "<p>Second attempt with sources</p>", v2).latest();
        assertThat(second.textHtml()).as("handing in saves the text typed with it").contains("with sources");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.late()).as("an extension moves the due date too").isFalse();

        // a draft grade stays hidden; a released one shows, with every level
        Map<String, BigDecimal> top = topLevels(a);
        fixtures.grade(second.id(), GradeAction.SAVE_DRAFT, top, "<p>Well done</p>", s.trainer());
        Attempt inGrading = submissions.page(s.cohort(), SA).latest();
        assertThat(inGrading.total()).isNull();
        assertThat(inGrading.feedbackHtml()).isNull();
        fixtures.grade(second.id(), GradeAction.RELEASE, top, "<p>Well done</p>", s.trainer());
        page = submissions.page(s.cohort(), SA);
        assertThat(page.latest().total()).isEqualByComparingTo(a.points());
        assertThat(page.latest().feedbackHtml()).contains("Well done");
        assertThat(page.attempts()).as("earlier attempts stay readable").hasSize(2);
        assertThat(page.attempts().get(1).feedbackHtml()).contains("Add your sources");
        assertThat(page.attempts().get(1).files()).extracting(Attempt.FileRow::name).containsExactly("analysis.pdf");
        assertThat(submissions.mine(s.cohort())).filteredOn(r -> r.id().equals(SA)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(SubmissionStatus.RELEASED));
    }

    @Test
    void theOtherMemberOfTheTeamSeesTheOneTeamSubmissionAndCannotStartASecond() {
        Setup s = setup();
        long work = fixtures.handIn(s.cohort(), moduleOfSa().id(), SA, new Owner(null, s.team()), 1, s.first().id());
        signIn(s.second().email());
        Submissions.AssignmentPage page = submissions.page(s.cohort(), SA);
        assertThat(page.attempts()).extracting(Attempt::id).containsExactly(work);
        assertThat(page.canWork()).isFalse();
        assertThatThrownBy(() -> submissions.saveDraft(s.cohort(), SA, "<p>ours too</p>", null))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.submission.alreadySubmitted");
    }

    @Test
    void aPageThatShowedNoDraftDoesNotWriteOverTheDraftATeammateStartedMeanwhile() {
        Setup s = setup();
        long draft = fixtures.draft(s.cohort(), moduleOfSa().id(), SA, new Owner(null, s.team()), s.first().id());
        signIn(s.second().email());
        assertThatThrownBy(() -> submissions.saveDraft(s.cohort(), SA, "<p>mine</p>", null))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.submission.changedByOther");
        Attempt shown = submissions.page(s.cohort(), SA).draft();
        assertThat(shown.id()).isEqualTo(draft);
        assertThat(shown.textHtml()).contains("A teammate");
        long v = submissions.saveDraft(s.cohort(), SA, "<p>ours, after reading theirs</p>", shown.version()).draft().version();
        assertThat(v).isGreaterThan(shown.version());
    }

    @Test
    void aFileWhoseContentIsNotAnAllowedTypeIsRefusedAndAPathInItsNameIsDropped() throws Exception {
        Setup s = setup();
        signIn(s.first().email());
        long attempts = count("select count(*) from submission where cohort_id = ?", s.cohort());
        assertThatThrownBy(() -> submissions.submit(s.cohort(), SA, "<p> </p>", null))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.submission.empty");
        assertThat(count("select count(*) from submission where cohort_id = ?", s.cohort()))
                .as("handing in nothing starts no draft").isEqualTo(attempts);
        long v = submissions.saveDraft(s.cohort(), SA, "<p>text</p>", null).draft().version();
        long rows = count("select count(*) from submission_file");
        List<Path> before = storedFiles();
        byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> submissions.addFile(s.cohort(), SA, "<p>text, changed</p>", file("report.pdf", exe), v))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.file.typeNotAllowed");
        byte[] zip = zipWith("hello.txt");
        assertThatThrownBy(() -> submissions.addFile(s.cohort(), SA, "<p>text</p>", file("plan.docx", zip), v))
                .as("a zip is not a Word document whatever its name").isInstanceOf(InvalidInputException.class);
        byte[] big = new byte[16 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> submissions.addFile(s.cohort(), SA, "<p>text</p>", new Submissions.NewFile("big.pdf", 10, new ByteArrayInputStream(big)), v))
                .as("the size is counted as the bytes arrive, not taken from the browser")
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.file.tooLarge");
        assertThat(count("select count(*) from submission_file")).isEqualTo(rows);
        assertThat(storedFiles()).as("nothing left on disk").isEqualTo(before);
        assertThat(submissions.page(s.cohort(), SA).draft()).as("a refused file saves nothing, not even the text sent with it")
                .satisfies(d -> assertThat(d.version()).isEqualTo(v))
                .satisfies(d -> assertThat(d.textHtml()).contains("text").doesNotContain("changed"));

        long v2 = submissions.addFile(s.cohort(), SA, "<p>text</p>", file("../../../../etc/passwd.pdf", PDF), v).draft().version();
        Attempt draft = submissions.page(s.cohort(), SA).draft();
        assertThat(draft.files()).extracting(Attempt.FileRow::name).containsExactly("passwd.pdf");
        assertThat(draft.version()).isEqualTo(v2);
        List<Path> after = storedFiles();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after).allSatisfy(p -> assertThat(p.normalize()).startsWith(store.root()));
        assertThat(after).allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{32}"));
        SubmissionFiles.Download download = files.open(draft.files().get(0).id());
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aFailureBetweenTheFileAndItsRowLeavesNeitherAndACrashIsSortedOutAtTheNextStart() throws Exception {
        Setup s = setup();
        signIn(s.first().email());
        long rows = count("select count(*) from submission_file");
        long attempts = count("select count(*) from submission where cohort_id = ?", s.cohort());
        List<Path> before = storedFiles();

        // the row is written and the file stored, then the transaction fails before the commit
        transaction.begin();
        try {
            submissions.addFile(s.cohort(), SA, null, file("analysis.pdf", PDF), null);
            assertThat(storedFiles()).as("the file is on disk inside the transaction").hasSize(before.size() + 1);
        } finally {
            transaction.rollback();
        }
        assertThat(count("select count(*) from submission_file")).isEqualTo(rows);
        assertThat(count("select count(*) from submission where cohort_id = ?", s.cohort())).isEqualTo(attempts);
        assertThat(storedFiles()).as("no orphan file").isEqualTo(before);

        // the upload breaks off half-way (a dropped connection, a full disk)
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return sent < PDF.length ? PDF[sent] : 'x';
            }
        };
        assertThatThrownBy(() -> submissions.addFile(s.cohort(), SA, null, new Submissions.NewFile("analysis.pdf", 200_000, broken), null))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.file.storeFailed");
        assertThat(count("select count(*) from submission_file")).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(before);

        // a crash: one upload never committed, one committed but not yet moved into place
        long v = submissions.addFile(s.cohort(), SA, null, file("kept.pdf", PDF), null).draft().version();
        assertThat(v).isPositive();
        String key = string("select storage_key from submission_file where name = 'kept.pdf' and submission_id in"
                + " (select id from submission where cohort_id = ?)", s.cohort());
        Path incoming = store.root().resolve("incoming");
        Files.createDirectories(incoming);
        Path stray = incoming.resolve(UUID.randomUUID().toString().replace("-", ""));
        Files.write(stray, PDF);
        Path placed = store.root().resolve("store").resolve(key.substring(0, 2)).resolve(key);
        Files.move(placed, incoming.resolve(key));

        assertThat(recovery.recover()).isGreaterThanOrEqualTo(1);
        assertThat(stray).doesNotExist();
        assertThat(placed).exists();
        long fileId = count("select id from submission_file where storage_key = ?", key);
        assertThat(files.open(fileId).bytes()).isEqualTo(PDF);

        // a damaged file is reported, not served
        byte[] changed = PDF.clone();
        changed[10] = 'X';
        Files.write(placed, changed);
        assertThatThrownBy(() -> files.open(fileId)).isInstanceOf(DamagedFileException.class);
    }

    // ------------------------------------------------------------------ the trainer's side

    @Test
    void theQueueFiltersAndPagesGradesAreAuditedAndAReleasedPassCompletesTheModuleForTheWholeTeam() throws Exception {
        Setup s = setup();
        PublishedModule module = moduleOfSa();
        fixtures.lessonsDone(s.firstEnrolment(), COURSE, module.id());
        fixtures.lessonsDone(s.secondEnrolment(), COURSE, module.id());
        long otherNgo = fixtures.organisation("Late NGO " + UUID.randomUUID().toString().substring(0, 6));
        long lateTeam = fixtures.team(s.cohort(), "Late team " + UUID.randomUUID().toString().substring(0, 6), otherNgo);
        Account late = fixtures.personIn(otherNgo, Fixtures.uniqueEmail("late"), Role.LEARNER);
        fixtures.enrolInTeam(s.cohort(), late.id(), lateTeam);
        long onTime = fixtures.handIn(s.cohort(), module.id(), SA, new Owner(null, s.team()), 1, s.first().id());
        long lateWork = fixtures.handIn(s.cohort(), module.id(), SA, new Owner(null, lateTeam), 1, late.id(), true);
        // work in a cohort this trainer does not run stays out of their queue
        long elsewhere = fixtures.cohort(COURSE, today().minusDays(30), today().plusMonths(10), fixtures.region(), null, false);
        long stranger = fixtures.enrol(elsewhere, fixtures.person(Fixtures.uniqueEmail("stranger"), Role.LEARNER).id());
        fixtures.handIn(elsewhere, module.id(), SA, new Owner(stranger, null), 1, s.first().id());
        Account trainer = fixtures.reloaded(s.trainer());
        signIn(trainer.email());

        QueueQuery all = new QueueQuery(null, null, null, "", null, false);
        assertThat(grading.queueCount(all)).isEqualTo(2);
        assertThat(grading.queuePage(all, 0, 10)).extracting(QueueRow::id).containsExactly(onTime, lateWork);
        assertThat(grading.queuePage(all, 1, 1)).extracting(QueueRow::id).as("a later page").containsExactly(lateWork);
        assertThat(grading.queuePage(new QueueQuery(null, null, null, "", null, true), 0, 10)).extracting(QueueRow::id)
                .as("newest first").containsExactly(lateWork, onTime);
        assertThat(grading.queuePage(new QueueQuery(s.cohort(), QueueQuery.Filter.LATE, null, "", SA, false), 0, 10))
                .extracting(QueueRow::id).containsExactly(lateWork);
        assertThat(grading.queuePage(new QueueQuery(null, null, null, "late ngo", null, false), 0, 10))
                .extracting(QueueRow::id).as("by NGO name").containsExactly(lateWork);
        assertThat(grading.queuePage(new QueueQuery(null, null, null, "LATE TEAM", null, false), 0, 10))
                .extracting(QueueRow::id).as("by team name").containsExactly(lateWork);
        QueueQuery lateRegion = new QueueQuery(null, null, fixtures.regionOf(otherNgo), "", null, false);
        assertThat(grading.queueCount(lateRegion)).as("by region").isEqualTo(1);
        assertThat(grading.queuePage(lateRegion, 0, 10)).extracting(QueueRow::id).as("by region").containsExactly(lateWork);
        assertThat(grading.queuePage(new QueueQuery(null, null, lateRegion.regionId(), "late", null, false), 0, 10))
                .extracting(QueueRow::id).as("by region and NGO at once").containsExactly(lateWork);
        assertThat(grading.queuePage(new QueueQuery(null, QueueQuery.Filter.SUBMITTED, null, "", SA, true), 0, 10))
                .extracting(QueueRow::id).as("handed in, one assignment, newest first").containsExactly(lateWork, onTime);
        assertThat(grading.queueCount(new QueueQuery(null, QueueQuery.Filter.RELEASED, null, "", null, false))).isZero();
        assertThatThrownBy(() -> grading.queueCount(new QueueQuery(elsewhere, null, null, "", null, false)))
                .isInstanceOf(AccessDeniedException.class);

        PublishedAssignment a = assignment();
        String firstCriterion = a.rubric().get(0).id();
        Grading.GradingPage page = grading.page(onTime);
        assertThat(page.team()).isTrue();
        long v = page.attempt().version();
        BigDecimal partial = level(a, 0, 1);
        long v2 = grading.save(onTime, v, Map.of(firstCriterion, partial), "<p>Half way</p>", GradeAction.SAVE_DRAFT);
        assertThatThrownBy(() -> grading.save(onTime, v, Map.of(firstCriterion, partial), "", GradeAction.SAVE_DRAFT))
                .isInstanceOf(ConflictException.class).extracting(e -> ((QadamException) e).messageKey())
                .isEqualTo("error.grade.changedByOther");
        assertThatThrownBy(() -> grading.save(onTime, v2, Map.of(), " ", GradeAction.RETURN))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.grade.feedbackRequired");
        assertThatThrownBy(() -> grading.save(onTime, v2, Map.of(firstCriterion, partial), "", GradeAction.RELEASE))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.grade.incomplete");
        assertThatThrownBy(() -> grading.save(onTime, v2, Map.of(firstCriterion, new BigDecimal("7.77")), "", GradeAction.SAVE_DRAFT))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.grade.unknownLevel");
        assertThat(count("select count(*) from module_completion where enrolment_id in (?, ?)", s.firstEnrolment(), s.secondEnrolment()))
                .as("lessons done, the assignment not yet passed").isZero();

        Map<String, BigDecimal> top = topLevels(a);
        grading.save(onTime, v2, top, "<p>Excellent work</p>", GradeAction.RELEASE);

        assertThat(count("select count(*) from module_completion where module_id = ? and enrolment_id in (?, ?)", module.id(),
                s.firstEnrolment(), s.secondEnrolment())).as("passed: the module completes for both members").isEqualTo(2);
        List<Grading.AuditRow> audit = grading.audit(onTime);
        assertThat(audit).extracting(Grading.AuditRow::action).containsExactly(GradeAction.SAVE_DRAFT, GradeAction.RELEASE);
        assertThat(audit.get(0).from()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(audit.get(0).to()).isEqualTo(SubmissionStatus.IN_GRADING);
        assertThat(audit.get(0).fromTotal()).isNull();
        assertThat(audit.get(0).toTotal()).isEqualByComparingTo(partial);
        assertThat(audit.get(1).fromTotal()).isEqualByComparingTo(partial);
        assertThat(audit.get(1).toTotal()).isEqualByComparingTo(a.points());
        assertThat(audit.get(1).toScores()).contains(firstCriterion + "=");
        assertThat(audit).allSatisfy(r -> assertThat(r.by()).isEqualTo(trainer.displayName()));

        // a released grade corrected below the pass mark takes the module's completion back
        Map<String, BigDecimal> lowest = new HashMap<>();
        a.rubric().forEach(c -> lowest.put(c.id(), c.levels().get(0).points()));
        grading.save(onTime, grading.page(onTime).attempt().version(), lowest, "<p>Corrected</p>", GradeAction.RELEASE);
        assertThat(count("select count(*) from module_completion where module_id = ? and enrolment_id in (?, ?)", module.id(),
                s.firstEnrolment(), s.secondEnrolment())).isZero();
        grading.save(onTime, grading.page(onTime).attempt().version(), top, "<p>Excellent work</p>", GradeAction.RELEASE);
        assertThat(count("select count(*) from module_completion where module_id = ? and enrolment_id in (?, ?)", module.id(),
                s.firstEnrolment(), s.secondEnrolment())).isEqualTo(2);

        // marked graded, then released for the whole assignment at once
        long lv = grading.page(lateWork).attempt().version();
        grading.save(lateWork, lv, top, "<p>Fine</p>", GradeAction.MARK_GRADED);
        assertThat(grading.releaseGraded(s.cohort(), SA)).isEqualTo(1);
        assertThat(grading.page(lateWork).attempt().status()).isEqualTo(SubmissionStatus.RELEASED);

        // the gradebook: a row per learner, the team's grade in each member's row
        assertThat(gradebook.count(s.cohort(), "")).isEqualTo(3);
        List<Gradebook.Row> rows = gradebook.page(s.cohort(), "", 0, 10);
        Gradebook.Row member = rows.stream().filter(r -> r.email().equals(s.second().email())).findFirst().orElseThrow();
        assertThat(member.cell(SA).status()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(member.cell(SA).total()).isEqualByComparingTo(a.points());
        assertThat(member.cell(SA).passed()).isTrue();
        assertThat(member.completed(module.id())).isTrue();
        assertThat(gradebook.page(s.cohort(), "late", 0, 10)).extracting(Gradebook.Row::email).containsExactly(late.email());
        List<Gradebook.Row> exported = new ArrayList<>();
        gradebook.export(s.cohort(), c -> assertThat(c.assignments()).isNotEmpty(), exported::addAll);
        assertThat(exported).hasSize(3);

        // the last attempt allowed cannot be returned: the work would be stuck for good
        long last = fixtures.handIn(s.cohort(), module.id(), SA, new Owner(null, s.team()), a.attempts(), s.first().id());
        assertThatThrownBy(() -> grading.save(last, grading.page(last).attempt().version(), Map.of(), "<p>Again</p>", GradeAction.RETURN))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.grade.lastAttempt");
    }

    @Test
    void twoTrainersSavingOneGradeAtOnceTheSecondIsRefusedNotSilentlyOverwriting() throws Exception {
        Setup s = setup();
        Account other = fixtures.person(Fixtures.uniqueEmail("trainer2"), Role.TRAINER);
        fixtures.runBy(s.cohort(), other.id());
        long work = fixtures.handIn(s.cohort(), moduleOfSa().id(), SA, new Owner(null, s.team()), 1, s.first().id());
        long version = fixtures.submissionVersion(work);
        PublishedAssignment a = assignment();
        String criterion = a.rubric().get(0).id();
        CountDownLatch start = new CountDownLatch(1);

        List<Future<String>> outcomes = List.of(
                concurrent.grade(start, work, version, Map.of(criterion, level(a, 0, 1)), "<p>first</p>", s.trainer()),
                concurrent.grade(start, work, version, Map.of(criterion, level(a, 0, 2)), "<p>second</p>", other.id()));
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).containsExactlyInAnyOrder("saved", "error.grade.changedByOther");
        assertThat(count("select count(*) from grade_change where submission_id = ?", work)).as("one change, one audit row").isEqualTo(1);
        String kept = string("select feedback_html from submission where id = ?", work);
        long winner = count("select changed_by from grade_change where submission_id = ?", work);
        assertThat(kept).isEqualTo(winner == s.trainer() ? "<p>first</p>" : "<p>second</p>");
    }

    // ------------------------------------------------------------------ who may see what

    @Test
    void aLearnerOfAnotherNgoIsRefusedTheSubmissionAndItsFilesByIdAndFeedbackFilesWaitForTheReturn() {
        Setup s = setup();
        String module = moduleOfSa().id();
        long work = fixtures.handIn(s.cohort(), module, SA, new Owner(null, s.team()), 1, s.first().id());
        long file = fixtures.attach(work, SubmissionFile.Purpose.SUBMISSION, "ours.pdf", PDF, s.first().id());
        long otherNgo = fixtures.organisation("Other NGO " + UUID.randomUUID().toString().substring(0, 6));
        long otherTeam = fixtures.team(s.cohort(), "Other team " + UUID.randomUUID().toString().substring(0, 6), otherNgo);
        Account outsider = fixtures.personIn(otherNgo, Fixtures.uniqueEmail("outsider"), Role.LEARNER);
        fixtures.enrolInTeam(s.cohort(), outsider.id(), otherTeam);
        long own = fixtures.handIn(s.cohort(), module, SA, new Owner(null, otherTeam), 1, outsider.id());
        long feedback = fixtures.attach(own, SubmissionFile.Purpose.FEEDBACK, "feedback.pdf", PDF, s.trainer());
        signIn(outsider.email());

        assertThatThrownBy(() -> files.open(file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.page(work)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.queueCount(QueueQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebook.page(s.cohort(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(submissions.page(s.cohort(), SA).attempts()).extracting(Attempt::id).as("only their own team's").containsExactly(own);
        assertThatThrownBy(() -> files.open(feedback)).as("feedback waits for the return").isInstanceOf(AccessDeniedException.class);
        fixtures.grade(own, GradeAction.RETURN, Map.of(), "<p>Revise</p>", s.trainer());
        assertThat(files.open(feedback).bytes()).isEqualTo(PDF);
    }

    @Test
    void aTrainerOfAnotherCohortIsRefusedEverySubmissionFileAndListOfIt() {
        Setup s = setup();
        long work = fixtures.handIn(s.cohort(), moduleOfSa().id(), SA, new Owner(null, s.team()), 1, s.first().id());
        long file = fixtures.attach(work, SubmissionFile.Purpose.SUBMISSION, "ours.pdf", PDF, s.first().id());
        long theirs = fixtures.cohort(COURSE, today(), today().plusMonths(10), fixtures.region(), null, false);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("othertrainer"), Role.TRAINER);
        fixtures.runBy(theirs, trainer.id());
        signIn(trainer.email());

        assertThatThrownBy(() -> grading.page(work)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.open(file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.save(work, 1, Map.of(), "<p>x</p>", GradeAction.RETURN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gradebook.count(s.cohort(), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.grant(s.cohort(), SA, "T" + s.team(), today().plusDays(3), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.releaseGraded(s.cohort(), SA)).isInstanceOf(AccessDeniedException.class);
        assertThat(grading.queuePage(QueueQuery.all(), 0, 200)).extracting(QueueRow::id).doesNotContain(work);
    }

    @Test
    void anAnonymousRequestGetsNeitherAFileNorTheGradebook() throws Exception {
        Setup s = setup();
        long work = fixtures.handIn(s.cohort(), moduleOfSa().id(), SA, new Owner(null, s.team()), 1, s.first().id());
        long file = fixtures.attach(work, SubmissionFile.Purpose.SUBMISSION, "ours.pdf", PDF, s.first().id());
        String base = "http://localhost:" + CurrentExchange.request().getLocalPort() + CurrentExchange.request().getContextPath();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/files/" + file, "/export/gradebook?cohort=" + s.cohort() + "&format=csv")) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(response.statusCode() != 200 || body.contains("login:email")).as(path + ": refused or sent to sign in").isTrue();
            assertThat(body).as(path).doesNotContain("%PDF").doesNotContain(s.first().email());
        }
    }

    // ------------------------------------------------------------------ helpers

    private PublishedModule moduleOfSa() {
        return curriculum.latest(COURSE).modules().stream().filter(m -> m.assignments().stream().anyMatch(a -> a.id().equals(SA)))
                .findFirst().orElseThrow();
    }

    private PublishedAssignment assignment() {
        return moduleOfSa().assignments().stream().filter(a -> a.id().equals(SA)).findFirst().orElseThrow();
    }

    private static BigDecimal level(PublishedAssignment a, int criterion, int level) {
        return a.rubric().get(criterion).levels().get(level).points();
    }

    private static Map<String, BigDecimal> topLevels(PublishedAssignment a) {
        Map<String, BigDecimal> top = new HashMap<>();
        for (PublishedCriterion c : a.rubric()) {
            top.put(c.id(), c.levels().get(c.levels().size() - 1).points());
        }
        return top;
    }

    private List<Path> storedFiles() throws IOException {
        Path root = store.root();
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Submissions.NewFile file(String name, byte[] content) {
        return new Submissions.NewFile(name, content.length, new ByteArrayInputStream(content));
    }

    private static byte[] zipWith(String name) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private Long count(String sql, Object... parameters) throws Exception {
        return InContainer.count(dataSource, sql, parameters);
    }

    private String string(String sql, Object... parameters) throws Exception {
        return InContainer.string(dataSource, sql, parameters);
    }

    private static LocalDate today() {
        return LocalDate.now(PROGRAMME);
    }

    private void signIn(String email) {
        InContainer.signIn(security, email);
    }
}
