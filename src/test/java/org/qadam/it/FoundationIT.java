package org.qadam.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.identity.Account;
import org.qadam.identity.AccountForm;
import org.qadam.identity.AccountIdentityStore;
import org.qadam.identity.AccountQuery;
import org.qadam.identity.AccountRow;
import org.qadam.identity.Accounts;
import org.qadam.identity.Role;
import org.qadam.curriculum.CourseProblem;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.eclipse.microprofile.config.ConfigProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Organisations;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.persistence.QadamDataSource;
import org.qadam.testenv.TestDatabase;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The foundation on Payara Micro against the real MariaDB/MySQL: schema, accounts, passwords, sign-in,
 * role checks on the services, organisations, and the readiness probe. One deployment for all of it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return QadamDeployment.realWar();
    }

    @Inject
    Accounts accounts;
    @Inject
    Organisations organisations;
    @Inject
    AccountIdentityStore identityStore;
    @Inject
    SecurityContext security;
    @Inject
    Fixtures fixtures;
    @Inject
    Curriculum curriculum;
    @Inject
    org.qadam.cohort.Cohorts cohorts;
    @Resource(lookup = QadamDataSource.JNDI_NAME)
    DataSource dataSource;
    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void migratesAnEmptyDatabaseToTheCurrentSchema() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).containsAnyOf("MySQL", "MariaDB");
            List<String> applied = strings(c, "select version from flyway_schema_history where success = 1 and version is not null order by installed_rank");
            assertThat(applied).startsWith("1");
            List<String> tables = strings(c, "select table_name from information_schema.tables where table_schema = database()");
            assertThat(tables).extracting(String::toLowerCase)
                    .contains("region", "organisation", "account", "account_role", "flyway_schema_history");
        }
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheSettingsOnAnEmptyInstallation() {
        // arquillian.xml starts Payara with qadam.admin.email and qadam.admin.password
        assertThat(validate("first.admin@fixture.example", "first-admin-password")).isEqualTo(CredentialValidationResult.Status.VALID);
        signIn("first.admin@fixture.example", "first-admin-password");
        assertThat(accounts.me().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theConnectionPoolIsAsLargeAsConfiguredAndNoLarger() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            // arquillian.xml starts Payara with qadam.db.pool-size=8
            for (int i = 0; i < 8; i++) {
                held.add(dataSource.getConnection());
            }
            assertThat(held).allSatisfy(c -> assertThat(c.isValid(2)).isTrue());
            long start = System.nanoTime();
            assertThatThrownBy(dataSource::getConnection).as("one connection more than the pool holds").isInstanceOf(java.sql.SQLException.class);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                    .as("after waiting the configured 10 seconds for a free one").isBetween(java.time.Duration.ofSeconds(9), java.time.Duration.ofSeconds(30));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanThenSignIn() {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        signIn(admin.email(), Fixtures.PASSWORD);
        String email = Fixtures.uniqueEmail("New.Person").toUpperCase();

        long id = accounts.create(new AccountForm(email, "  Nilufar   Rahimova ", Language.UZ, null,
                EnumSet.of(Role.LEARNER, Role.TRAINER), "a long enough password"));

        var details = accounts.details(id);
        assertThat(details.email()).isEqualTo(email.toLowerCase());
        assertThat(details.displayName()).isEqualTo("Nilufar Rahimova");
        assertThat(details.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        CredentialValidationResult login = identityStore.validate(new UsernamePasswordCredential(email, "a long enough password"));
        assertThat(login.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(login.getCallerPrincipal().getName()).isEqualTo(String.valueOf(id));
        assertThat(login.getCallerGroups()).containsExactlyInAnyOrder("LEARNER", "TRAINER");
    }

    @Test
    void aDuplicateEmailInAnotherLetterCaseIsRefusedAndNothingIsSaved() {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        Account existing = fixtures.person(Fixtures.uniqueEmail("taken"), Role.LEARNER);
        signIn(admin.email(), Fixtures.PASSWORD);
        long before = fixtures.accountCount();

        assertThatThrownBy(() -> accounts.create(new AccountForm(existing.email().toUpperCase(), "Someone Else",
                Language.RU, null, Set.of(Role.LEARNER), "another long password")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.email.taken");
        assertThat(fixtures.accountCount()).isEqualTo(before);
    }

    @Test
    void invalidEmailsAndShortPasswordsAreRefusedAndNothingIsSaved() {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        signIn(admin.email(), Fixtures.PASSWORD);
        long before = fixtures.accountCount();

        for (String bad : List.of("not-an-email", "two@@example.org", "no-domain@", " ", "a b@example.org")) {
            assertThatThrownBy(() -> accounts.create(new AccountForm(bad, "Name", Language.EN, null,
                    Set.of(Role.LEARNER), "a long enough password")))
                    .as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> accounts.create(new AccountForm(Fixtures.uniqueEmail("short"), "Name", Language.EN,
                null, Set.of(Role.LEARNER), "short")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.password.tooShort");
        assertThat(fixtures.accountCount()).isEqualTo(before);
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2HashesWithAtLeast210000Iterations() throws Exception {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        signIn(admin.email(), Fixtures.PASSWORD);
        String email = Fixtures.uniqueEmail("hashed");
        accounts.create(new AccountForm(email, "Hashed", Language.EN, null, Set.of(), "correct horse battery"));

        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select password_hash from account where email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String stored = rs.getString(1);
                assertThat(stored).doesNotContain("correct horse battery");
                String[] parts = stored.split(":");
                assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
                assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
            }
        }
    }

    @Test
    void signInRefusesWrongPasswordsUnknownEmailsAndDeactivatedAccounts() {
        Account active = fixtures.person(Fixtures.uniqueEmail("active"), Role.LEARNER);
        Account gone = fixtures.deactivated(Fixtures.uniqueEmail("gone"), Role.LEARNER);

        assertThat(validate(active.email().toUpperCase(), Fixtures.PASSWORD)).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(validate(active.email(), Fixtures.PASSWORD + "x")).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validate(Fixtures.uniqueEmail("nobody"), Fixtures.PASSWORD)).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validate(gone.email(), Fixtures.PASSWORD)).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(authenticate(gone.email(), Fixtures.PASSWORD)).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    }

    @Test
    void anAnonymousCallerIsRefusedByTheServices() throws Exception {
        CurrentExchange.request().logout();
        long region = fixtures.region();
        long before = fixtures.accountCount();
        assertThatThrownBy(() -> accounts.create(newLearnerForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create("Anon NGO", OrganisationKind.NGO, region))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.accountCount()).isEqualTo(before);
    }

    @Test
    void aLearnerIsRefusedTheAdministratorsAndCoordinatorsServices() {
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        long region = fixtures.region();
        signIn(learner.email(), Fixtures.PASSWORD);
        assertThatThrownBy(() -> accounts.create(newLearnerForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.page(AccountQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.details(learner.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deactivate(learner.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create("Learner NGO", OrganisationKind.NGO, region))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.me().email()).as("but may see their own account").isEqualTo(learner.email());
    }

    @Test
    void aCoordinatorManagesOrganisationsButNotAccounts() {
        Account coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR);
        long region = fixtures.region();
        signIn(coordinator.email(), Fixtures.PASSWORD);
        assertThatThrownBy(() -> accounts.create(newLearnerForm())).isInstanceOf(AccessDeniedException.class);
        long created = organisations.create("Coordinated NGO", OrganisationKind.NGO, region);
        assertThat(organisations.inRegion(region)).extracting(o -> o.id()).containsExactly(created);
        assertThatThrownBy(() -> organisations.create("COORDINATED  ngo", OrganisationKind.NGO, region))
                .as("the same name in another case").isInstanceOf(ConflictException.class);
    }

    @Test
    void aLearnerIsRefusedEveryGuardedServiceMethodAndNothingChanges() {
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        Account other = fixtures.person(Fixtures.uniqueEmail("other"), Role.LEARNER);
        long region = fixtures.region();
        long organisation = fixtures.organisation("Guarded NGO");
        signIn(learner.email(), Fixtures.PASSWORD);
        AccountForm change = new AccountForm(other.email(), "Changed By Learner", Language.RU, null,
                Set.of(Role.ADMIN), "a new long password");
        org.qadam.shared.i18n.LocalizedText name = new org.qadam.shared.i18n.LocalizedText("X", "X", "X");
        Map<String, org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = new java.util.LinkedHashMap<>();
        calls.put("accounts.create", () -> accounts.create(newLearnerForm()));
        calls.put("accounts.update", () -> accounts.update(other.id(), other.version(), change));
        calls.put("accounts.deactivate", () -> accounts.deactivate(other.id()));
        calls.put("accounts.reactivate", () -> accounts.reactivate(other.id()));
        calls.put("accounts.details", () -> accounts.details(other.id()));
        calls.put("accounts.count", () -> accounts.count(AccountQuery.all()));
        calls.put("accounts.page", () -> accounts.page(AccountQuery.all(), 0, 10));
        calls.put("organisations.regions", () -> organisations.regions());
        calls.put("organisations.inRegion", () -> organisations.inRegion(region));
        calls.put("organisations.createRegion", () -> organisations.createRegion("ZZ-LEARNER", name));
        calls.put("organisations.renameRegion", () -> organisations.renameRegion(region, 0, name));
        calls.put("organisations.count", () -> organisations.count(null, null));
        calls.put("organisations.page", () -> organisations.page(null, null, 0, 10));
        calls.put("organisations.create", () -> organisations.create("Learner NGO", OrganisationKind.NGO, region));
        calls.put("organisations.rename", () -> organisations.rename(organisation, 0, "Renamed"));
        calls.put("organisations.delete", () -> organisations.delete(organisation));

        calls.forEach((method, call) -> assertThatThrownBy(call).as(method).isInstanceOf(AccessDeniedException.class));

        Account unchanged = fixtures.reloaded(other.id());
        assertThat(unchanged.displayName()).isEqualTo(other.displayName());
        assertThat(unchanged.roles()).containsExactly(Role.LEARNER);
        assertThat(unchanged.isActive()).isTrue();
        assertThat(fixtures.organisationExists(organisation)).isTrue();
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdministratorRoleOrDeactivateThemselves() {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        signIn(admin.email(), Fixtures.PASSWORD);
        var me = accounts.details(admin.id());
        assertThatThrownBy(() -> accounts.update(admin.id(), me.version(),
                new AccountForm(me.email(), me.displayName(), me.language(), null, Set.of(Role.TRAINER), null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.account.keepOwnAdmin");
        assertThatThrownBy(() -> accounts.deactivate(admin.id()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.account.deactivateSelf");
        assertThat(fixtures.reloaded(admin.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theCoursesFolderIsImportedAtStartUpAsSafeHtml() {
        assertThat(curriculum.catalogue()).extracting(Curriculum.CatalogueEntry::code).contains("ngo-cycle", "iwg-monitoring");
        PublishedCourse ngo = curriculum.latest("ngo-cycle");
        assertThat(ngo.modules()).hasSize(7);
        PublishedCourse.PublishedLesson first = ngo.modules().get(0).lessons().get(0);
        assertThat(first.html()).containsKeys("en", "ru", "uz");
        assertThat(first.html().get("en")).startsWith("<h1>").doesNotContain("<script");
    }

    @Test
    void reimportingTheSameFilesChangesNothingAndChangedFilesMakeANewVersionLeavingTheOldOneIntact() throws Exception {
        Path real = Path.of(ConfigProvider.getConfig().getValue("qadam.courses.path", String.class), "iwg-monitoring");
        Path copy = Files.createTempDirectory("qadam-course").resolve("iwg-monitoring");
        copyTree(real, copy);
        int before = curriculum.latest("iwg-monitoring").number();

        Curriculum.ImportResult again = curriculum.importFolder(copy);
        assertThat(again.outcome()).isEqualTo(Curriculum.Outcome.UNCHANGED);
        assertThat(again.version()).isLessThanOrEqualTo(before);
        assertThat(curriculum.latest("iwg-monitoring").number()).isEqualTo(before);

        Path lesson;
        try (Stream<Path> files = Files.walk(copy)) {
            lesson = files.filter(p -> p.toString().endsWith(".en.md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(lesson, Files.readString(lesson) + "\n\nAn added paragraph, version two.\n");
        Curriculum.ImportResult changed = curriculum.importFolder(copy);

        assertThat(changed.outcome()).isEqualTo(Curriculum.Outcome.IMPORTED);
        assertThat(changed.version()).isEqualTo(before + 1);
        assertThat(curriculum.latest("iwg-monitoring").number()).isEqualTo(before + 1);
        assertThat(allHtml(curriculum.version("iwg-monitoring", before + 1))).contains("An added paragraph, version two.");
        assertThat(allHtml(curriculum.version("iwg-monitoring", before))).as("the old version is intact")
                .doesNotContain("An added paragraph, version two.");
    }

    @Test
    void anInvalidCourseIsRefusedWithItsProblemsAndWritesNothing() throws Exception {
        Path broken = Files.createTempDirectory("qadam-course").resolve("broken-course");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("course.yaml"), "id: broken-course\nversion: 1\ntitle: {en: Broken}\nmodules: [missing]\n");

        Curriculum.ImportResult result = curriculum.importFolder(broken);

        assertThat(result.outcome()).isEqualTo(Curriculum.Outcome.INVALID);
        assertThat(result.problems()).extracting(CourseProblem::key)
                .contains("course.missingKey", "course.missingTranslation", "course.missingFile");
        assertThat(curriculum.catalogue()).extracting(Curriculum.CatalogueEntry::code).doesNotContain("broken-course");
    }

    @Test
    void theImagesACourseShipsAreStoredWithItsVersionAndItsLessonsPointToThem() throws Exception {
        Path course = Files.createTempDirectory("qadam-course").resolve("pictured-course");
        Files.createDirectories(course.resolve("01-only"));
        Files.createDirectories(course.resolve("images"));
        Files.writeString(course.resolve("course.yaml"), "id: pictured-course\nversion: 1\n"
                + "title: {en: Pictured, ru: С картинкой, uz: Rasmli}\n"
                + "description: {en: Test, ru: Тест, uz: Sinov}\nmodules: [01-only]\n");
        Files.writeString(course.resolve("01-only/module.yaml"), "id: only-pictured\ntitle: {en: Only, ru: Один, uz: Bitta}\n"
                + "lessons:\n  - id: pictured-lesson\n    file: 01-map\n    title: {en: Map, ru: Карта, uz: Xarita}\n");
        for (String language : List.of("en", "ru", "uz")) {
            Files.writeString(course.resolve("01-only/01-map." + language + ".md"), "# Map\n\n![region map](images/map.png)\n");
        }
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Files.write(course.resolve("images/map.png"), png);
        // pictures no lesson names, that the table could not hold as they are: kept out, not a failed import
        Files.write(course.resolve("images/MAP.png"), png);
        Files.write(course.resolve("images/" + "a".repeat(130) + ".png"), png);

        Curriculum.ImportResult result = curriculum.importFolder(course);

        assertThat(result.outcome()).as(result.problems().toString()).isEqualTo(Curriculum.Outcome.IMPORTED);
        String html = curriculum.latest("pictured-course").modules().get(0).lessons().get(0).html().get("en");
        assertThat(html).contains("src=\"course-image/pictured-course/" + result.version() + "/map.png\"");
        assertThat(curriculum.image("pictured-course", result.version(), "map.png")).get()
                .satisfies(image -> {
                    assertThat(image.contentType()).isEqualTo("image/png");
                    assertThat(image.content()).isEqualTo(png);
                });
        assertThat(curriculum.image("pictured-course", result.version(), "other.png")).isEmpty();
    }

    @Test
    void aCohortKeepsItsCourseVersionUntilACoordinatorMovesIt() throws Exception {
        Path course = Files.createTempDirectory("qadam-course").resolve("cohort-course");
        copyTree(Path.of(ConfigProvider.getConfig().getValue("qadam.courses.path", String.class), "iwg-monitoring"), course);
        Path manifest = course.resolve("course.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("id: iwg-monitoring", "id: cohort-course"));
        assertThat(curriculum.importFolder(course).version()).isEqualTo(1);
        Account coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR);
        signIn(coordinator.email(), Fixtures.PASSWORD);
        long id = cohorts.create(org.qadam.cohort.CohortForm.of("Cycle 2027, Samarkand", "cohort-course",
                java.time.LocalDate.of(2027, 2, 1), java.time.LocalDate.of(2028, 1, 31), null, false,
                List.of(fixtures.region()), List.of()));

        Files.writeString(manifest, Files.readString(manifest) + "\n# changed\n");
        assertThat(curriculum.importFolder(course).version()).isEqualTo(2);
        org.qadam.cohort.CohortDetails row = cohorts.details(id);
        assertThat(row.courseVersion()).as("the cohort keeps the version it started with").isEqualTo(1);
        assertThat(row.latestVersion()).isEqualTo(2);

        assertThat(cohorts.moveToLatestVersion(id, row.version())).isEqualTo(2);
        org.qadam.cohort.CohortDetails moved = cohorts.details(id);
        assertThat(moved.courseVersion()).isEqualTo(2);
        assertThatThrownBy(() -> cohorts.moveToLatestVersion(id, moved.version()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.cohort.onLatestVersion");
        assertThatThrownBy(() -> cohorts.moveToLatestVersion(id, row.version()))
                .as("a stale page").isInstanceOf(ConflictException.class);
    }

    @Test
    void aLearnerMayNotUploadACourse() throws Exception {
        byte[] zip = zipOf(Path.of(ConfigProvider.getConfig().getValue("qadam.courses.path", String.class), "ngo-cycle"));
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        signIn(learner.email(), Fixtures.PASSWORD);
        assertThatThrownBy(() -> curriculum.upload(new java.io.ByteArrayInputStream(zip))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curriculum.reimport(Path.of("courses"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.create(org.qadam.cohort.CohortForm.of("Learner cohort", "ngo-cycle",
                java.time.LocalDate.now(), java.time.LocalDate.now(), null, false, List.of(1L), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.trainerChoices()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorUploadsACourseZipAndAnUnsafeZipIsRefused() throws Exception {
        Path real = Path.of(ConfigProvider.getConfig().getValue("qadam.courses.path", String.class), "ngo-cycle");
        byte[] zip = zipOf(real);
        Account coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR);
        signIn(coordinator.email(), Fixtures.PASSWORD);
        int before = curriculum.latest("ngo-cycle").number();
        Curriculum.ImportResult same = curriculum.upload(new java.io.ByteArrayInputStream(zip));
        assertThat(same.outcome()).as(same.problems().toString()).isEqualTo(Curriculum.Outcome.UNCHANGED);
        assertThat(curriculum.latest("ngo-cycle").number()).isEqualTo(before);

        java.io.ByteArrayOutputStream evil = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(evil)) {
            out.putNextEntry(new java.util.zip.ZipEntry("ngo-cycle/../../outside.txt"));
            out.write(1);
            out.closeEntry();
        }
        Curriculum.ImportResult refused = curriculum.upload(new java.io.ByteArrayInputStream(evil.toByteArray()));
        assertThat(refused.outcome()).isEqualTo(Curriculum.Outcome.INVALID);
        assertThat(refused.problems()).extracting(CourseProblem::key).contains("course.zip.unsafePath");
    }

    private static byte[] zipOf(Path course) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes);
             Stream<Path> files = Files.walk(course)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(course.getFileName() + "/"
                        + course.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String allHtml(PublishedCourse course) {
        StringBuilder html = new StringBuilder();
        course.modules().forEach(m -> m.lessons().forEach(l -> l.html().values().forEach(html::append)));
        return html.toString();
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static AccountForm newLearnerForm() {
        return new AccountForm(Fixtures.uniqueEmail("x"), "X", Language.EN, null, Set.of(Role.LEARNER), "a long enough password");
    }

    @Test
    void anOrganisationWithMembersCannotBeDeletedAndSaysWhy() {
        long withMembers = fixtures.organisation("Umid Nuri");
        fixtures.personIn(withMembers, Fixtures.uniqueEmail("member"), Role.LEARNER);
        fixtures.personIn(withMembers, Fixtures.uniqueEmail("member"), Role.LEARNER);
        long empty = fixtures.organisation("Bo'sh Tashkilot");
        Account coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR);
        signIn(coordinator.email(), Fixtures.PASSWORD);

        assertThatThrownBy(() -> organisations.delete(withMembers))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    QadamException problem = (QadamException) e;
                    assertThat(problem.messageKey()).isEqualTo("error.organisation.hasMembers");
                    assertThat(problem.arguments()).containsExactly("Umid Nuri", 2L);
                });
        assertThat(organisations.count(null, "umid nuri")).isEqualTo(1);

        organisations.delete(empty);
        assertThat(organisations.count(null, "bo'sh tashkilot")).isZero();

        // nobody belongs to it any more, but a cohort's team still names it: said as such, not "one person belongs"
        long formerTeams = fixtures.organisation("Sobiq Jamoa");
        long cohort = fixtures.cohort("ngo-cycle", java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(6),
                fixtures.regionOf(formerTeams), null, false);
        fixtures.team(cohort, "Sobiq Jamoa", formerTeams);
        assertThatThrownBy(() -> organisations.delete(formerTeams))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.organisation.inUse");
        assertThat(organisations.count(null, "sobiq jamoa")).as("nothing deleted").isEqualTo(1);
    }

    @Test
    void theAccountsListIsFilteredSortedAndPagedInTheDatabase() {
        String marker = "pager" + Instant.now().toEpochMilli();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            emails.add(fixtures.person(marker + "-" + i + "@fixture.example", i % 2 == 0 ? Role.TRAINER : Role.LEARNER).email());
        }
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        signIn(admin.email(), Fixtures.PASSWORD);

        AccountQuery byEmail = new AccountQuery(marker.toUpperCase(), null, null, AccountQuery.Sort.EMAIL, true);
        assertThat(accounts.count(byEmail)).isEqualTo(7);
        List<AccountRow> second = accounts.page(byEmail, 3, 3);
        assertThat(second).extracting(AccountRow::email).containsExactly(emails.get(3), emails.get(4), emails.get(5));
        AccountQuery trainers = new AccountQuery(marker, Role.TRAINER, true, AccountQuery.Sort.EMAIL, false);
        assertThat(accounts.page(trainers, 0, 10)).extracting(AccountRow::email)
                .containsExactly(emails.get(6), emails.get(4), emails.get(2), emails.get(0));
        assertThat(accounts.page(trainers, 0, 10)).allSatisfy(row -> assertThat(row.roles()).containsExactly(Role.TRAINER));
        assertThat(accounts.count(new AccountQuery("%", null, null, AccountQuery.Sort.NAME, true)))
                .as("a % typed in the search box is a character, not a wildcard").isZero();
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        Account admin = fixtures.person(Fixtures.uniqueEmail("admin"), Role.ADMIN);
        Account person = fixtures.person(Fixtures.uniqueEmail("edited"), Role.LEARNER);
        signIn(admin.email(), Fixtures.PASSWORD);
        var seen = accounts.details(person.id());

        accounts.update(person.id(), seen.version(), new AccountForm(seen.email(), "First Editor", Language.RU, null, seen.roles(), null));
        assertThatThrownBy(() -> accounts.update(person.id(), seen.version(),
                new AccountForm(seen.email(), "Second Editor", Language.UZ, null, seen.roles(), null)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.changedMeanwhile");
        assertThat(accounts.details(person.id()).displayName()).isEqualTo("First Editor");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    @RunAsClient
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAgainWhenItReturns() throws Exception {
        URI ready = base.toURI().resolve("status/ready");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(statusOf(http, ready)).isEqualTo(200);
        assertThat(statusOf(http, base.toURI().resolve("status/live"))).isEqualTo(200);
        assertThat(TestDatabase.isOwnServer()).as("this test stops the database, so it needs the one the build started").isTrue();

        TestDatabase.stopServer();
        try {
            assertThat(eventually(http, ready, 503)).as("readiness while the database is down").isEqualTo(503);
            assertThat(statusOf(http, base.toURI().resolve("status/live"))).as("still alive").isEqualTo(200);
        } finally {
            TestDatabase.startServer();
        }
        assertThat(eventually(http, ready, 200)).as("readiness after the database is back").isEqualTo(200);
    }

    private static int eventually(HttpClient http, URI uri, int wanted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int last;
        do {
            last = statusOf(http, uri);
            if (last == wanted) {
                return last;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return last;
    }

    private static int statusOf(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private CredentialValidationResult.Status validate(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus();
    }

    private AuthenticationStatus authenticate(String email, String password) {
        return security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
    }

    private void signIn(String email, String password) {
        assertThat(authenticate(email, password)).as("sign-in of " + email).isEqualTo(AuthenticationStatus.SUCCESS);
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
