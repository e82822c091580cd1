package org.qadam.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.attendance.AttendanceStatus;
import org.qadam.attendance.TrainingSessions;
import org.qadam.cohort.CohortForm;
import org.qadam.cohort.Cohorts;
import org.qadam.cohort.ModuleRelease;
import org.qadam.curriculum.Curriculum;
import org.qadam.enrolment.BulkEnrolment;
import org.qadam.enrolment.EnrolmentPreview;
import org.qadam.enrolment.EnrolmentPreview.Outcome;
import org.qadam.enrolment.EnrolmentResult;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.enrolment.Enrolments;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordLinks;
import org.qadam.identity.Role;
import org.qadam.progress.CycleCard;
import org.qadam.progress.Progress;
import org.qadam.progress.Progression;
import org.qadam.progress.RosterQuery;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.persistence.QadamDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cohorts on Payara Micro against the real MariaDB/MySQL: bulk enrolment (preview writes nothing, confirm
 * writes every valid row), capacity under concurrent approvals, module release by date and by completion,
 * attendance in the completion rule, and who may see which cohort's objects. One deployment for all.
 */
@ExtendWith(ArquillianExtension.class)
class CohortIT {

    private static final ZoneId PROGRAMME = ZoneId.of("Asia/Tashkent");

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
    Cohorts cohorts;
    @Inject
    BulkEnrolment bulk;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    TrainingSessions sessions;
    @Inject
    PasswordLinks passwordLinks;
    @Resource(lookup = QadamDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ConcurrentCalls concurrent;
    @jakarta.ejb.EJB
    org.qadam.cohort.ScheduleBackfill scheduleBackfill;

    // ------------------------------------------------------------------ bulk enrolment

    @Test
    void thePreviewReportsEveryKindOfBadRowAndWritesNothing() throws Exception {
        long region = fixtures.region();
        String code = fixtures.regionCode(region);
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        Account existing = fixtures.person(Fixtures.uniqueEmail("existing"), Role.LEARNER);
        signInAs(Role.COORDINATOR);
        String fresh = Fixtures.uniqueEmail("fresh");
        byte[] csv = utf8(String.join("\n",
                "email,name,organisation,region,team,language",
                fresh + ",Nodira Rahimova,Fixture NGO " + code + "," + code + ",,uz",
                existing.email() + ",Whatever Name,Fixture NGO " + code + "," + code + ",,ru",
                Fixtures.uniqueEmail("mars") + ",Someone,Fixture NGO," + "Mars,,en",
                "not-an-email,No Email,Fixture NGO," + code + ",,uz",
                fresh.toUpperCase() + ",Twice,Fixture NGO," + code + ",,uz",
                Fixtures.uniqueEmail("cells") + ",Too,Many,Cells," + code + ",,uz",
                Fixtures.uniqueEmail("noname") + ",,Fixture NGO," + code + ",,uz",
                Fixtures.uniqueEmail("lang") + ",Language,Fixture NGO," + code + ",,fr"));
        List<Long> before = counts();

        EnrolmentPreview preview = bulk.preview(cohort, csv);

        assertThat(preview.rows()).extracting(EnrolmentPreview.Row::number).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(preview.rows()).extracting(EnrolmentPreview.Row::outcome).containsExactly(Outcome.NEW_ACCOUNT,
                Outcome.EXISTING_ACCOUNT, Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.INVALID,
                Outcome.INVALID);
        assertThat(problem(preview, 4)).isEqualTo("region:error.csv.unknownRegion");
        assertThat(problem(preview, 5)).isEqualTo("email:error.email.invalid");
        assertThat(problem(preview, 6)).isEqualTo("email:error.csv.duplicateRow");
        assertThat(preview.rows().get(4).problems().get(0).arguments()).containsExactly(2L);
        assertThat(problem(preview, 7)).isEqualTo("null:error.csv.columnCount");
        assertThat(problem(preview, 8)).isEqualTo("name:error.csv.nameRequired");
        assertThat(problem(preview, 9)).isEqualTo("language:error.csv.unknownLanguage");
        assertThat(preview.rows().get(0).newOrganisation()).isTrue();
        assertThat(counts()).as("a preview writes nothing").isEqualTo(before);

        // whole files that are not CSV, or not UTF-8, are refused as such, and nothing is written either
        assertThatThrownBy(() -> bulk.preview(cohort, zip())).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.csv.notText");
        byte[] cp1251 = "email,name,organisation,region\nира@example.org,Ирина,НКО,SA\n".getBytes(Charset.forName("windows-1251"));
        assertThatThrownBy(() -> bulk.preview(cohort, cp1251)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.csv.notUtf8");
        assertThatThrownBy(() -> bulk.confirm(cohort, cp1251)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> bulk.preview(cohort, utf8("mail,name,organisation,region\nx@example.org,X,Y,Z\n")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.csv.unknownColumn");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void confirmWritesEveryValidRowInOneTransactionAndRefusesWhatExceedsCapacity() throws Exception {
        long region = fixtures.region();
        String code = fixtures.regionCode(region);
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, 3, false);
        Account existing = fixtures.person(Fixtures.uniqueEmail("existing"), Role.LEARNER);
        String first = Fixtures.uniqueEmail("first");
        String second = Fixtures.uniqueEmail("second");
        String ngo = "Confirm NGO " + UUID.randomUUID().toString().substring(0, 6);
        signInAs(Role.COORDINATOR);
        byte[] tooMany = utf8(String.join("\n", "email;name;organisation;region",
                first + ";First Person;" + ngo + ";" + code,
                second + ";Second Person;" + ngo + ";" + code,
                existing.email() + ";;" + ngo + ";" + code,
                Fixtures.uniqueEmail("fourth") + ";Fourth Person;" + ngo + ";" + code));
        List<Long> before = counts();
        assertThatThrownBy(() -> bulk.confirm(cohort, tooMany)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.enrolment.overCapacity");
        assertThat(counts()).as("over capacity: nothing written").isEqualTo(before);

        byte[] csv = utf8(String.join("\n", "email,name,organisation,region,team,language",
                first + ",First Person," + ngo + "," + code + ",,ru",
                second + ",Second Person," + ngo + "," + code + ",Other team,en",
                existing.email() + ",," + ngo + "," + code + ",,",
                "broken,Broken," + ngo + "," + code + ",,"));
        EnrolmentResult result = bulk.confirm(cohort, csv);

        assertThat(result.enrolled()).isEqualTo(3);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.invited()).extracting(p -> p.email()).containsExactlyInAnyOrder(first, second);
        assertThat(result.invited().get(0).link()).contains("password.xhtml?token=");
        assertThat(count("select count(*) from enrolment where cohort_id = ? and status = 'ACTIVE'", cohort)).isEqualTo(3);
        assertThat(count("select count(*) from account a join account_role r on r.account_id = a.id where a.email in (?, ?) and r.role = 'LEARNER'",
                first, second)).isEqualTo(2);
        assertThat(count("select count(*) from organisation where name = ?", ngo)).as("the new NGO, once").isEqualTo(1);
        assertThat(count("select count(*) from team where cohort_id = ?", cohort)).as("the NGO's team and the other team").isEqualTo(2);
        assertThat(count("select count(*) from password_link l join account a on a.id = l.account_id where a.email in (?, ?)", first, second))
                .isEqualTo(2);
        assertThat(count("select language from account where email = ?", first)).isNull();
        assertThat(string("select language from account where email = ?", first)).isEqualTo("RU");

        EnrolmentPreview again = bulk.preview(cohort, csv);
        assertThat(again.rows()).extracting(EnrolmentPreview.Row::outcome).containsExactly(Outcome.ALREADY_ENROLLED,
                Outcome.ALREADY_ENROLLED, Outcome.ALREADY_ENROLLED, Outcome.INVALID);

        // the one-time link sets the password once, then works no more
        String token = result.invited().get(0).link().replaceAll(".*token=", "");
        assertThat(passwordLinks.holderOf(token)).isPresent();
        passwordLinks.redeem(token, "a brand new password 2026");
        assertThatThrownBy(() -> passwordLinks.redeem(token, "another new password 2026")).isInstanceOf(ConflictException.class);
    }

    @Test
    void twoNgosOfOneNameFromTwoRegionsWorkInTwoTeamsWhetherApprovedOrEnrolledByFile() throws Exception {
        String name = "Namesake NGO " + UUID.randomUUID().toString().substring(0, 6);
        long fergana = fixtures.organisation(name);
        long samarkand = fixtures.organisation(name);
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), fixtures.regionOf(fergana), null, true);
        fixtures.alsoCovers(cohort, fixtures.regionOf(samarkand));
        long fromFergana = fixtures.request(cohort, fixtures.personIn(fergana, Fixtures.uniqueEmail("fergana"), Role.LEARNER).id());
        long fromSamarkand = fixtures.request(cohort, fixtures.personIn(samarkand, Fixtures.uniqueEmail("samarkand"), Role.LEARNER).id());
        long alsoFromFergana = fixtures.request(cohort, fixtures.personIn(fergana, Fixtures.uniqueEmail("fergana"), Role.LEARNER).id());
        Account byFile = fixtures.personIn(samarkand, Fixtures.uniqueEmail("by-file"), Role.LEARNER);
        signInAs(Role.COORDINATOR);

        enrolments.approve(fromFergana, fixtures.versionOf(fromFergana));
        enrolments.approve(fromSamarkand, fixtures.versionOf(fromSamarkand));
        enrolments.approve(alsoFromFergana, fixtures.versionOf(alsoFromFergana));
        EnrolmentResult result = bulk.confirm(cohort, utf8("email,name,organisation,region,team\n" + byFile.email() + ",," + name + ","
                + fixtures.regionCode(fixtures.regionOf(samarkand)) + "," + name + "\n"));
        assertThat(result.enrolled()).isEqualTo(1);

        String team = "select t.name from enrolment e join team t on t.id = e.team_id where e.id = ?";
        String samarkandTeam = name + " (Sinov hududi " + fixtures.regionCode(fixtures.regionOf(samarkand)) + ")";
        assertThat(string(team, fromFergana)).isEqualTo(name);
        assertThat(string(team, alsoFromFergana)).as("the next of that NGO joins its team").isEqualTo(name);
        assertThat(string(team, fromSamarkand)).as("not the Fergana NGO's team, whose work its members share")
                .isEqualTo(samarkandTeam);
        assertThat(string("select t.name from enrolment e join team t on t.id = e.team_id where e.cohort_id = ? and e.account_id = ?",
                cohort, byFile.id())).as("the file's team column names the person's own NGO").isEqualTo(samarkandTeam);
        assertThat(count("select count(*) from team where cohort_id = ?", cohort)).isEqualTo(2);
    }

    @Test
    void aSheetStillListingALearnerWithdrawnSinceItOpenedIsRefusedSayingWhoAndRecordsNothing() throws Exception {
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), fixtures.region(), null, false);
        long session = fixtures.session(cohort, LocalDateTime.now(PROGRAMME).minusHours(1));
        long staying = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("staying"), Role.LEARNER).id());
        Account leaving = fixtures.person(Fixtures.uniqueEmail("leaving"), Role.LEARNER);
        long left = fixtures.enrol(cohort, leaving.id());
        signInAs(Role.COORDINATOR);
        List<TrainingSessions.SheetLine> sheet = List.of(
                new TrainingSessions.SheetLine(staying, "", "", "", AttendanceStatus.PRESENT, null),
                new TrainingSessions.SheetLine(left, "", "", "", AttendanceStatus.ABSENT, null));
        enrolments.withdraw(left, fixtures.versionOf(left), "Moved away");

        assertThatThrownBy(() -> sessions.record(session, sheet)).isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((QadamException) e).messageKey()).isEqualTo("error.attendance.sheetChanged");
                    assertThat(((QadamException) e).arguments()).containsExactly(leaving.displayName());
                });
        assertThat(count("select count(*) from attendance where session_id = ?", session)).isZero();
    }

    // ------------------------------------------------------------------ requests and capacity

    @Test
    void twoCoordinatorsApprovingTheLastPlaceAtOnceCannotBothSucceed() throws Exception {
        long region = fixtures.region();
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, 1, true);
        long a = fixtures.request(cohort, fixtures.person(Fixtures.uniqueEmail("a"), Role.LEARNER).id());
        long b = fixtures.request(cohort, fixtures.person(Fixtures.uniqueEmail("b"), Role.LEARNER).id());
        long coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).id();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = List.of(concurrent.approve(start, a, fixtures.versionOf(a), coordinator),
                concurrent.approve(start, b, fixtures.versionOf(b), coordinator));
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        assertThat(results).containsExactlyInAnyOrder("approved", "error.enrolment.full");
        assertThat(count("select count(*) from enrolment where cohort_id = ? and status = 'ACTIVE'", cohort)).isEqualTo(1);
        assertThat(count("select count(*) from enrolment where cohort_id = ? and status = 'REQUESTED'", cohort)).isEqualTo(1);
    }

    @Test
    void aDeclinedRequestKeepsItsReasonAndAWithdrawnLearnerKeepsTheirHistory() throws Exception {
        long region = fixtures.region();
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, true);
        long declined = fixtures.request(cohort, fixtures.person(Fixtures.uniqueEmail("declined"), Role.LEARNER).id());
        long active = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("active"), Role.LEARNER).id());
        fixtures.allLessonsDone(active, "ngo-cycle");
        signInAs(Role.COORDINATOR);
        assertThatThrownBy(() -> enrolments.decline(declined, fixtures.versionOf(declined), "  ")).isInstanceOf(InvalidInputException.class);
        enrolments.decline(declined, fixtures.versionOf(declined), "The cohort is for Samarkand NGOs");
        assertThat(string("select reason from enrolment where id = ?", declined)).isEqualTo("The cohort is for Samarkand NGOs");
        assertThat(fixtures.statusOf(declined)).isEqualTo(EnrolmentStatus.DECLINED);

        assertThatThrownBy(() -> enrolments.withdraw(active, fixtures.versionOf(active) - 1, "Left the NGO"))
                .as("a stale page").isInstanceOf(ConflictException.class);
        enrolments.withdraw(active, fixtures.versionOf(active), "Left the NGO");
        assertThat(fixtures.statusOf(active)).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(count("select count(*) from lesson_progress where enrolment_id = ?", active)).as("history kept").isPositive();
        assertThat(progress.rosterPage(cohort, new RosterQuery(null, null, null, EnrolmentStatus.WITHDRAWN), 0, 10))
                .singleElement().satisfies(r -> assertThat(r.modulesCompleted()).isPositive());
        enrolments.reinstate(active, fixtures.versionOf(active));
        assertThat(fixtures.statusOf(active)).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(progress.rosterCount(cohort, RosterQuery.any())).as("a declined request is not on the roster").isEqualTo(1);
        assertThat(progress.rosterPage(cohort, new RosterQuery(null, null, "ACTIVE-", null), 0, 10)).as("by e-mail")
                .singleElement().satisfies(r -> assertThat(r.enrolmentId()).isEqualTo(active));
        assertThat(progress.rosterCount(cohort, new RosterQuery(null, null, "declined", null))).isZero();
        assertThat(progress.rosterCount(cohort, new RosterQuery(region, null, null, null))).as("no learner's NGO is in the cohort's region").isZero();
        // a row's action names its enrolment by id: read again for this cohort, and not found for any other
        assertThat(progress.rosterRow(cohort, active)).satisfies(r -> {
            assertThat(r.enrolmentId()).isEqualTo(active);
            assertThat(r.status()).isEqualTo(EnrolmentStatus.ACTIVE);
            assertThat(r.version()).isEqualTo(fixtures.versionOf(active));
        });
        assertThatThrownBy(() -> progress.rosterRow(cohort, declined)).as("a declined request is not on the roster")
                .isInstanceOf(NotFoundException.class);
        long elsewhere = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, true);
        long stranger = fixtures.enrol(elsewhere, fixtures.person(Fixtures.uniqueEmail("stranger"), Role.LEARNER).id());
        assertThatThrownBy(() -> progress.rosterRow(cohort, stranger)).as("another cohort's learner through this cohort's page")
                .isInstanceOf(NotFoundException.class);

        fixtures.team(cohort, "Alpha monitors", null);
        fixtures.team(cohort, "Beta monitors", null);
        assertThat(enrolments.teamNames(cohort, "ALPHA")).as("team names completed as typed").containsExactly("Alpha monitors");
        assertThat(enrolments.teamNames(cohort, " ")).containsExactly("Alpha monitors", "Beta monitors");
    }

    // ------------------------------------------------------------------ release and completion

    @Test
    void modulesOpenOnTheirDateOrOnCompletionOfThePrevious() throws Exception {
        String course = smallCourse(3, null);
        long region = fixtures.region();
        long cohort = fixtures.cohort(course, today().minusDays(5), today().plusMonths(6), region, null, false);
        fixtures.schedule(cohort, List.of(ModuleRelease.onCompletionOfPrevious("m1", 0),
                ModuleRelease.onCompletionOfPrevious("m2", 1), ModuleRelease.onDate("m3", 2, today().plusDays(1))));
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        fixtures.enrol(cohort, learner.id());
        signIn(learner.email());

        assertThat(states(progress.myCohort(cohort))).containsExactly(Progression.State.OPEN, Progression.State.CLOSED,
                Progression.State.CLOSED);
        assertThat(progress.myCohort(cohort).modules().get(2).opensOn()).isEqualTo(today().plusDays(1));
        assertThatThrownBy(() -> progress.lesson(cohort, "l2")).isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.module.closed");

        assertThat(progress.markLessonDone(cohort, "l1")).as("the module's only lesson completes it").isTrue();
        assertThat(progress.markLessonDone(cohort, "l1")).as("twice changes nothing").isFalse();
        assertThat(states(progress.myCohort(cohort))).containsExactly(Progression.State.COMPLETED, Progression.State.OPEN,
                Progression.State.CLOSED);
        assertThat(progress.lesson(cohort, "l2").lesson().id()).isEqualTo("l2");
        progress.markLessonDone(cohort, "l2");
        assertThat(states(progress.myCohort(cohort))).as("the third opens on its date, not on completion")
                .containsExactly(Progression.State.COMPLETED, Progression.State.COMPLETED, Progression.State.CLOSED);
        assertThatThrownBy(() -> progress.lesson(cohort, "l3")).isInstanceOf(ConflictException.class);

        fixtures.schedule(cohort, List.of(ModuleRelease.onCompletionOfPrevious("m1", 0),
                ModuleRelease.onCompletionOfPrevious("m2", 1), ModuleRelease.onDate("m3", 2, today())));
        assertThat(states(progress.myCohort(cohort))).containsExactly(Progression.State.COMPLETED, Progression.State.COMPLETED,
                Progression.State.OPEN);
        progress.markLessonDone(cohort, "l3");
        assertThat(progress.myCohort(cohort).status()).as("no attendance rule: all modules complete the course")
                .isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void attendanceCountsInTheCompletionRule() throws Exception {
        String course = smallCourse(1, "minimumPercent: 75");
        long region = fixtures.region();
        long cohort = fixtures.cohort(course, today().minusDays(20), today().plusMonths(6), region, null, false);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER);
        fixtures.runBy(cohort, trainer.id());
        long learner = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER).id());
        long other = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("other"), Role.LEARNER).id());
        fixtures.allLessonsDone(learner, course);
        long first = fixtures.session(cohort, LocalDateTime.now(PROGRAMME).minusDays(10));
        long second = fixtures.session(cohort, LocalDateTime.now(PROGRAMME).minusDays(3));
        fixtures.session(cohort, LocalDateTime.now(PROGRAMME).plusDays(30)); // not held yet: does not count
        signIn(trainer.email());

        record(first, learner, AttendanceStatus.PRESENT);
        record(second, learner, AttendanceStatus.ABSENT);
        assertThat(fixtures.statusOf(learner)).as("1 of 2 sessions is below 75%").isEqualTo(EnrolmentStatus.ACTIVE);

        record(second, learner, AttendanceStatus.EXCUSED);
        assertThat(fixtures.statusOf(learner)).as("an excused absence does not count against: 1 of 1")
                .isEqualTo(EnrolmentStatus.COMPLETED);

        record(first, learner, AttendanceStatus.ABSENT);
        assertThat(fixtures.statusOf(learner)).as("a corrected sheet reopens the completion").isEqualTo(EnrolmentStatus.ACTIVE);

        record(first, other, AttendanceStatus.PRESENT);
        assertThat(fixtures.statusOf(other)).as("attendance alone does not complete unread modules").isEqualTo(EnrolmentStatus.ACTIVE);

        // the paper sheet as CSV: a bad row is reported, the valid ones recorded
        String email = string("select a.email from enrolment e join account a on a.id = e.account_id where e.id = ?", learner);
        byte[] sheet = utf8("email,status,note\n" + email + ",Присутствовал,\nnobody@example.org,present,\n");
        List<TrainingSessions.CsvLine> lines = sessions.previewCsv(first, sheet);
        assertThat(lines).extracting(TrainingSessions.CsvLine::problemKey).containsExactly(null, "error.csv.notInCohort");
        assertThat(sessions.confirmCsv(first, sheet)).isEqualTo(1);
        assertThat(fixtures.statusOf(learner)).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    // ------------------------------------------------------------------ who may see what

    @Test
    void onlyStaffListCohortsAndATrainerListsTheOnesTheyRunNotTheOnesTheyFollow() {
        long region = fixtures.region();
        long followed = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        long run = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER, Role.LEARNER);
        fixtures.runBy(run, trainer.id());
        fixtures.enrol(followed, trainer.id());
        signIn(trainer.email());
        // the list's links open cohort.xhtml, which only the cohort's staff may see
        assertThat(cohorts.page("", 0, 100)).extracting(org.qadam.cohort.CohortRow::id).contains(run).doesNotContain(followed);

        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        fixtures.enrol(followed, learner.id());
        signIn(learner.email());
        assertThatThrownBy(() -> cohorts.count("")).as("a learner's cohorts are on My cycle").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerOfAnotherCohortIsRefusedThisCohortsObjectsById() throws Exception {
        long region = fixtures.region();
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        long session = fixtures.session(cohort, LocalDateTime.now(PROGRAMME).plusHours(1));
        long enrolment = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER).id());
        long own = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER);
        fixtures.runBy(own, trainer.id());
        signIn(trainer.email());

        assertThat(cohorts.details(own).id()).isEqualTo(own);
        assertThat(cohorts.count("")).as("a trainer lists only the cohorts they run").isEqualTo(1);
        assertThatThrownBy(() -> cohorts.details(cohort)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.rosterPage(cohort, RosterQuery.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sheet(session)).isInstanceOf(AccessDeniedException.class);
        TrainingSessions.SheetLine line = new TrainingSessions.SheetLine(enrolment, "", "", "", AttendanceStatus.PRESENT, null);
        assertThatThrownBy(() -> sessions.record(session, List.of(line))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.changeSchedule(cohort, 1, cohorts.schedule(own))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.withdraw(enrolment, fixtures.versionOf(enrolment), "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.preview(cohort, utf8("email,name,organisation,region\n"))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from attendance where session_id = ?", session)).isZero();
    }

    @Test
    void aLearnerSeesOnlyTheirOwnCohortAndIsRefusedAnotherByIdAndStaffPages() throws Exception {
        long region = fixtures.region();
        long mine = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        long other = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), region, null, false);
        long session = fixtures.session(other, LocalDateTime.now(PROGRAMME).plusHours(1));
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        fixtures.enrol(mine, learner.id());
        signIn(learner.email());

        assertThat(progress.myCycle()).extracting(CycleCard::cohortId).containsExactly(mine);
        assertThatThrownBy(() -> progress.myCohort(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.lesson(other, "the-convention")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.mine(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.details(mine)).as("the staff page of their own cohort").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.rosterPage(mine, RosterQuery.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sheet(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.create(CohortForm.of("x", "ngo-cycle", today(), today(), null, false, List.of(region), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.requestToJoin(other)).as("not open for requests").isInstanceOf(ConflictException.class);
    }

    @Test
    void aPersonAsksToJoinAnOpenCohortAndSeesTheRequestWaiting() throws Exception {
        long open = fixtures.cohort("ngo-cycle", today().plusDays(3), today().plusMonths(10), fixtures.region(), 5, true);
        Account person = fixtures.person(Fixtures.uniqueEmail("asking"), Role.LEARNER);
        signIn(person.email());
        assertThat(enrolments.openCohorts()).filteredOn(c -> c.id() == open).singleElement()
                .satisfies(c -> assertThat(c.myStatus()).isNull());
        enrolments.requestToJoin(open);
        assertThatThrownBy(() -> enrolments.requestToJoin(open)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.enrolment.alreadyAsked");
        assertThat(enrolments.openCohorts()).filteredOn(c -> c.id() == open).singleElement()
                .satisfies(c -> assertThat(c.myStatus()).isEqualTo(EnrolmentStatus.REQUESTED));
        assertThat(progress.myCycle()).extracting(CycleCard::status).containsExactly(EnrolmentStatus.REQUESTED);
        assertThatThrownBy(() -> progress.myCohort(open)).as("nothing of the cohort before approval")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerSchedulesAndChangesASessionOfTheirCohort() throws Exception {
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), fixtures.region(), null, false);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER);
        fixtures.runBy(cohort, trainer.id());
        signIn(trainer.email());
        LocalDateTime start = today().plusDays(7).atTime(10, 0);
        long id = sessions.schedule(cohort, new org.qadam.attendance.SessionForm(org.qadam.attendance.SessionKind.ROUND_TABLE,
                "Round table", start, start.plusHours(3), "Khokimiyat", "regional-priorities"));
        TrainingSessions.SessionRow row = sessions.ofCohort(cohort).get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThatThrownBy(() -> sessions.change(id, row.version(), new org.qadam.attendance.SessionForm(
                org.qadam.attendance.SessionKind.ROUND_TABLE, "Round table", start, start.minusHours(1), "Khokimiyat", null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.session.endsBeforeStart");
        assertThatThrownBy(() -> sessions.schedule(cohort, new org.qadam.attendance.SessionForm(
                org.qadam.attendance.SessionKind.TRAINING, "Elsewhere", start, start.plusHours(1), "Here", "no-such-module")))
                .isInstanceOf(InvalidInputException.class);
        sessions.change(id, row.version(), new org.qadam.attendance.SessionForm(org.qadam.attendance.SessionKind.ROUND_TABLE,
                "Round table, moved", start.plusDays(1), start.plusDays(1).plusHours(3), "Khokimiyat", null));
        assertThat(sessions.ofCohort(cohort)).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Round table, moved");
            assertThat(r.startsAt()).isEqualTo(start.plusDays(1));
        });
        assertThatThrownBy(() -> sessions.change(id, row.version(), new org.qadam.attendance.SessionForm(
                org.qadam.attendance.SessionKind.ROUND_TABLE, "Stale", start, start.plusHours(1), "Khokimiyat", null)))
                .as("a stale form").isInstanceOf(ConflictException.class);
    }

    @Test
    void aCohortFromBeforeReleaseSchedulesGetsTheDefaultOne() throws Exception {
        long cohort = fixtures.cohort("ngo-cycle", today(), today().plusMonths(10), fixtures.region(), null, false);
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from module_release where cohort_id = ?")) {
            delete.setLong(1, cohort);
            assertThat(delete.executeUpdate()).isEqualTo(curriculum.latest("ngo-cycle").modules().size());
        }
        assertThat(scheduleBackfill.backfill()).isPositive();
        assertThat(count("select count(*) from module_release where cohort_id = ?", cohort))
                .isEqualTo(curriculum.latest("ngo-cycle").modules().size());
        assertThat(count("select count(*) from module_release where cohort_id = ? and position = 0 and on_completion = true", cohort))
                .as("the first module opens with the cohort").isEqualTo(1);
        assertThat(scheduleBackfill.backfill()).as("nothing left to do").isZero();
    }

    @Test
    void theDataSourceReadsCommittedData() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getTransactionIsolation()).as("the capacity rule counts after a row lock and needs this")
                    .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void record(long session, long enrolment, AttendanceStatus status) {
        sessions.record(session, List.of(new TrainingSessions.SheetLine(enrolment, "", "", "", status, null)));
    }

    private static List<Progression.State> states(CycleCard card) {
        return card.modules().stream().map(Progression.ModuleView::state).toList();
    }

    private static String problem(EnrolmentPreview preview, long row) {
        EnrolmentPreview.Row r = preview.rows().stream().filter(x -> x.number() == row).findFirst().orElseThrow();
        assertThat(r.problems()).as("row " + row).hasSize(1);
        return r.problems().get(0).column() + ":" + r.problems().get(0).messageKey();
    }

    /** A course of n modules, each with one lesson and no assignment, imported under a unique code. */
    private String smallCourse(int modules, String attendance) throws Exception {
        String code = "small-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("qadam-course").resolve(code);
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("id: " + code + "\nversion: 1\ntitle: {en: Small, ru: Малый, uz: Kichik}\n"
                + "description: {en: A course for tests., ru: Курс для тестов., uz: Sinov uchun kurs.}\nmodules:\n");
        for (int i = 1; i <= modules; i++) {
            manifest.append("  - 0").append(i).append("-m\n");
            Path module = Files.createDirectories(dir.resolve("0" + i + "-m"));
            Files.writeString(module.resolve("module.yaml"), "id: m" + i + "\ntitle: {en: M" + i + ", ru: М" + i + ", uz: M" + i + "}\n"
                    + "lessons:\n  - id: l" + i + "\n    file: 01-l\n    title: {en: L" + i + ", ru: Л" + i + ", uz: L" + i + "}\n");
            for (String language : List.of("en", "ru", "uz")) {
                Files.writeString(module.resolve("01-l." + language + ".md"), "# Lesson " + i + "\n\nText.\n");
            }
        }
        if (attendance != null) {
            manifest.append("completion:\n  modules: all\n  attendance:\n    ").append(attendance).append("\n");
        }
        manifest.append("certificate:\n  issue: automatic\n  wording: {en: has completed, ru: завершил, uz: tugatdi}\n");
        Files.writeString(dir.resolve("course.yaml"), manifest.toString());
        Curriculum.ImportResult imported = curriculum.importFolder(dir);
        assertThat(imported.problems()).isEmpty();
        return code;
    }

    private List<Long> counts() throws Exception {
        List<Long> all = new ArrayList<>();
        for (String table : List.of("account", "enrolment", "organisation", "team", "password_link")) {
            all.add(count("select count(*) from " + table));
        }
        return all;
    }

    private Long count(String sql, Object... parameters) throws Exception {
        String value = string(sql, parameters);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String string(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("people.csv"));
            zip.write(utf8("email,name,organisation,region\n"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static LocalDate today() {
        return LocalDate.now(PROGRAMME);
    }

    private void signInAs(Role role) {
        signIn(fixtures.person(Fixtures.uniqueEmail(role.name().toLowerCase()), role).email());
    }

    private void signIn(String email) {
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(Fixtures.PASSWORD))));
        assertThat(status).as("sign-in of " + email).isEqualTo(AuthenticationStatus.SUCCESS);
    }
}
