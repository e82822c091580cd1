package org.qadam.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.certificate.Certificate;
import org.qadam.certificate.CertificateStatus;
import org.qadam.certificate.Certificates;
import org.qadam.certificate.Certificates.Verification.Outcome;
import org.qadam.curriculum.Curriculum;
import org.qadam.identity.Account;
import org.qadam.shared.NotFoundException;
import org.qadam.identity.Role;
import org.qadam.progress.Progress;
import org.qadam.shared.QadamException;
import org.qadam.shared.persistence.QadamDataSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Certificates on Payara Micro against the real MariaDB/MySQL: issuing once under two bulk runs at the same
 * time, revoking and re-issuing, a stored PDF that a course re-imported with new wording leaves unchanged,
 * automatic issue on completion, and the verification JSON. One deployment for all.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

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
    Certificates certificates;
    @Inject
    Progress progress;
    @Inject
    ConcurrentCalls concurrent;
    @Resource(lookup = QadamDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void twoBulkRunsAtTheSameTimeIssueEachCertificateOnce() throws Exception {
        String course = tinyCourse("on-approval", "has completed the first version");
        long cohort = fixtures.cohort(course, today().minusMonths(6), today().minusDays(1), fixtures.region(), null, false);
        List<Long> enrolments = new ArrayList<>();
        // enough learners for each run to take both workers of BulkIssuing (45 / 20 + 1 threads, up to 2)
        int people = 45;
        for (int i = 0; i < people; i++) {
            long e = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("bulk"), Role.LEARNER).id());
            fixtures.complete(e);
            enrolments.add(e);
        }
        long coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).id();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of(concurrent.issueAll(start, cohort, coordinator), concurrent.issueAll(start, cohort, coordinator));
        start.countDown();
        int made = 0;
        for (Future<Integer> run : runs) {
            made += run.get(120, TimeUnit.SECONDS);
        }
        assertThat(made).as("between them, each certificate made once").isEqualTo(people);
        assertThat(count("select count(*) from certificate where cohort_id = ? and status = 'VALID'", cohort)).isEqualTo(people);
        assertThat(count("select count(distinct enrolment_id) from certificate where cohort_id = ?", cohort)).isEqualTo(people);
        // a retry after the runs (or after a crash half-way) makes nothing new
        CountDownLatch again = new CountDownLatch(1);
        Future<Integer> retry = concurrent.issueAll(again, cohort, coordinator);
        again.countDown();
        assertThat(retry.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aCoordinatorIssuesOnceRevokesWithAReasonAndReissuesAndVerifyingSaysSo() throws Exception {
        String course = tinyCourse("on-approval", "has completed");
        long cohort = fixtures.cohort(course, today().minusMonths(6), today().minusDays(1), fixtures.region(), null, false);
        Account holder = fixtures.person(Fixtures.uniqueEmail("holder"), Role.LEARNER);
        long first = fixtures.enrol(cohort, holder.id());
        long second = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("renamed"), Role.LEARNER).id());
        fixtures.complete(first);
        fixtures.complete(second);
        signIn(fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).email());

        Certificate issued = certificates.issue(first);
        assertThat(certificates.issue(first).id()).as("issuing twice gives the same certificate").isEqualTo(issued.id());
        assertThat(certificates.verify(issued.code()).outcome()).isEqualTo(Outcome.VALID);
        assertThatThrownBy(() -> certificates.revoke(issued.id(), issued.version(), "  "))
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.certificate.reasonRequired");
        certificates.revoke(issued.id(), issued.version(), "Issued in error");
        Certificates.Verification revoked = certificates.verify(issued.code());
        assertThat(revoked.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(revoked.reason()).isEqualTo("Issued in error");
        assertThat(revoked.statusAt()).isNotNull();
        assertThat(certificates.pdf(issued.id()).path()).as("the coordinators keep the revoked one's PDF").exists();
        signIn(holder.email());
        assertThatThrownBy(() -> certificates.pdf(issued.id())).as("a holder cannot download a revoked certificate to show")
                .isInstanceOf(NotFoundException.class);
        signIn(fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).email());

        Certificate old = certificates.issue(second);
        Certificate fresh = certificates.reissue(old.id(), old.version(), "Name corrected");
        assertThat(fresh.code()).isNotEqualTo(old.code());
        Certificates.Verification superseded = certificates.verify(old.code());
        assertThat(superseded.outcome()).isEqualTo(Outcome.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(fresh.code());
        assertThat(certificates.verify(fresh.code()).outcome()).isEqualTo(Outcome.VALID);
        assertThatThrownBy(() -> certificates.reissue(old.id(), old.version(), "again")).isInstanceOf(QadamException.class);
        assertThat(certificates.registerCount(new Certificates.RegisterQuery("", cohort, null, null))).isEqualTo(3);
        assertThat(certificates.registerPage(new Certificates.RegisterQuery(fresh.code(), null, null, null), 0, 10))
                .extracting(Certificates.Row::id).containsExactly(fresh.id());
        assertThat(certificates.registerPage(new Certificates.RegisterQuery("", cohort, null, null), 0, 10))
                .extracting(Certificates.Row::id).as("newest first").containsExactly(fresh.id(), old.id(), issued.id());
        assertThat(certificates.registerPage(new Certificates.RegisterQuery("", cohort, null, null), 1, 1))
                .extracting(Certificates.Row::id).as("a later page").containsExactly(old.id());
        assertThat(certificates.registerPage(new Certificates.RegisterQuery("RENAMED", cohort, null, null), 0, 10))
                .extracting(Certificates.Row::id).as("by the holder's e-mail").containsExactly(fresh.id(), old.id());
        assertThat(certificates.registerCount(new Certificates.RegisterQuery("", cohort, null, CertificateStatus.REVOKED)))
                .as("by status").isEqualTo(1);
        assertThat(certificates.registerCount(new Certificates.RegisterQuery("", cohort, fixtures.region(), null)))
                .as("a region none of them is from").isZero();
        assertThat(certificates.registerPage(new Certificates.RegisterQuery("renamed", cohort, fixtures.region(), null), 0, 10))
                .as("a region and a text at once").isEmpty();
    }

    @Test
    void theStoredPdfStaysExactlyAsIssuedWhenTheCourseIsReimportedWithNewWording() throws Exception {
        String course = tinyCourse("on-approval", "has completed the first version");
        long cohort = fixtures.cohort(course, today().minusMonths(6), today().minusDays(1), fixtures.region(), null, false);
        long enrolment = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("kept"), Role.LEARNER).id());
        fixtures.complete(enrolment);
        signIn(fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).email());
        Certificate issued = certificates.issue(enrolment);
        byte[] before = Files.readAllBytes(certificates.pdf(issued.id()).path());

        rewrite(course, "has completed the SECOND version");
        assertThat(curriculum.latest(course).certificateWording().get("en")).contains("SECOND");

        byte[] after = Files.readAllBytes(certificates.pdf(issued.id()).path());
        assertThat(after).isEqualTo(before);
        try (PDDocument doc = Loader.loadPDF(after)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("first version").doesNotContain("SECOND");
        }
        assertThat(string("select pdf_sha256 from certificate where id = ?", issued.id()))
                .isEqualTo(org.qadam.certificate.CertificatePdf.sha256(after));
    }

    @Test
    void completingACourseThatIssuesAutomaticallyIssuesTheCertificateAtOnce() throws Exception {
        String course = tinyCourse("automatic", "has completed");
        long cohort = fixtures.cohort(course, today().minusMonths(1), today().plusMonths(1), fixtures.region(), null, false);
        Account learner = fixtures.person(Fixtures.uniqueEmail("auto"), Role.LEARNER);
        fixtures.enrol(cohort, learner.id());
        signIn(learner.email());
        assertThat(certificates.mine()).isEmpty();
        progress.markLessonDone(cohort, "l1");
        List<Certificates.Row> mine = certificates.mine();
        assertThat(mine).hasSize(1);
        assertThat(Files.readAllBytes(certificates.pdf(mine.get(0).id()).path())).startsWith("%PDF".getBytes());
    }

    @Test
    void theVerificationJsonTellsValidRevokedNotFoundAndTypoAndLimitsLookups() throws Exception {
        String course = tinyCourse("on-approval", "has completed");
        long cohort = fixtures.cohort(course, today().minusMonths(6), today().minusDays(1), fixtures.region(), null, false);
        long enrolment = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("json"), Role.LEARNER).id());
        fixtures.complete(enrolment);
        signIn(fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).email());
        Certificate issued = certificates.issue(enrolment);
        String shown = org.qadam.certificate.VerificationCode.format(issued.code());

        HttpResponse<String> valid = get("/verify/" + shown + ".json");
        assertThat(valid.statusCode()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(valid.body())).readObject();
        assertThat(json.getString("status")).isEqualTo("VALID");
        assertThat(json.getString("code")).isEqualTo(shown);
        assertThat(json.getString("holder")).isNotBlank();
        assertThat(json.getJsonObject("course").getString("en")).isEqualTo("Tiny");
        assertThat(json.containsKey("email")).as("nothing more than the facts").isFalse();
        assertThat(json.containsKey("accountId")).isFalse();

        char last = shown.charAt(shown.length() - 1);
        String typo = shown.substring(0, shown.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(status(get("/verify/" + typo + ".json"))).isEqualTo("TYPO");
        String unknown = org.qadam.certificate.VerificationCode.generate(new java.security.SecureRandom());
        HttpResponse<String> missing = get("/verify/" + unknown + ".json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo("NOT_FOUND");

        certificates.revoke(issued.id(), issued.version(), "Withdrawn by the Academy");
        JsonObject revoked = Json.createReader(new StringReader(get("/verify/" + shown + ".json").body())).readObject();
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        assertThat(revoked.getString("reason")).isEqualTo("Withdrawn by the Academy");

        int refusedAt = -1;
        for (int i = 0; i < 40 && refusedAt < 0; i++) {
            if (get("/verify/" + unknown + ".json").statusCode() == 429) {
                refusedAt = i;
            }
        }
        assertThat(refusedAt).as("lookups from one address are limited").isBetween(0, 30);
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> get(String path) throws Exception {
        String base = "http://localhost:" + CurrentExchange.request().getLocalPort() + CurrentExchange.request().getContextPath();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String status(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("status");
    }

    private final java.util.Map<String, Path> folders = new java.util.HashMap<>();

    /** A course of one module with one lesson and no assignment, whose certificate says {@code wording}. */
    private String tinyCourse(String issue, String wording) throws Exception {
        String code = "tiny-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("qadam-course").resolve(code);
        Files.createDirectories(dir.resolve("01-m"));
        Files.writeString(dir.resolve("01-m").resolve("module.yaml"), "id: m1\ntitle: {en: M1, ru: М1, uz: M1}\n"
                + "lessons:\n  - id: l1\n    file: 01-l\n    title: {en: L1, ru: Л1, uz: L1}\n");
        for (String language : List.of("en", "ru", "uz")) {
            Files.writeString(dir.resolve("01-m").resolve("01-l." + language + ".md"), "# Lesson\n\nText.\n");
        }
        folders.put(code, dir);
        writeManifest(dir, code, 1, issue, wording);
        assertThat(curriculum.importFolder(dir).problems()).isEmpty();
        return code;
    }

    private void rewrite(String code, String wording) throws Exception {
        Path dir = folders.get(code);
        writeManifest(dir, code, 2, "on-approval", wording);
        assertThat(curriculum.importFolder(dir).problems()).isEmpty();
    }

    private static void writeManifest(Path dir, String code, int version, String issue, String wording) throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "id: " + code + "\nversion: " + version + "\n"
                + "title: {en: Tiny, ru: Крошечный, uz: Kichkina}\n"
                + "description: {en: A course for tests., ru: Курс для тестов., uz: Sinov uchun kurs.}\nmodules:\n  - 01-m\n"
                + "certificate:\n  issue: " + issue + "\n  wording: {en: " + wording + ", ru: " + wording + ", uz: " + wording + "}\n"
                + "  signatories:\n    - name: {en: Dilnoza Karimova, ru: Дилноза Каримова, uz: Dilnoza Karimova}\n"
                + "      title: {en: Rector, ru: Ректор, uz: Rektor}\n");
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
