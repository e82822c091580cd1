package org.qadam.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.attendance.Attendance;
import org.qadam.attendance.AttendanceStatus;
import org.qadam.attendance.SessionKind;
import org.qadam.assignment.Owner;
import org.qadam.assignment.Submission;
import org.qadam.attendance.TrainingSession;
import org.qadam.cohort.ModuleRelease;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Course;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.enrolment.Enrolment;
import org.qadam.enrolment.Team;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordHasher;
import org.qadam.identity.Role;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Seven regions, a handful of NGOs and one account per role, all sharing one demo password that is
 * printed at start-up. The choice of seven regions is for the demo: the programme's own list is
 * reference data that coordinators keep.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "CourseImportAtStartup"})
public class DemoData {

    public static final String PASSWORD = "qadam-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    record Person(String email, String name, Language language, String organisation, Set<Role> roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("admin@qadam.example", "Dilnoza Karimova", Language.EN, null, EnumSet.of(Role.ADMIN)),
            new Person("coordinator@qadam.example", "Rustam Aliyev", Language.RU, "Nurli Kelajak", EnumSet.of(Role.COORDINATOR)),
            new Person("trainer@qadam.example", "Gulnora Yusupova", Language.UZ, null, EnumSet.of(Role.TRAINER)),
            new Person("learner@qadam.example", "Aziz Tashkentov", Language.UZ, "Bolalar Ovozi", EnumSet.of(Role.LEARNER)),
            new Person("learner2@qadam.example", "Madina Ergasheva", Language.RU, "Mehr Nuri", EnumSet.of(Role.LEARNER)));

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Curriculum curriculum;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "qadam.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "qadam.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void loadWhenEmpty() {
        if (!enabled) {
            return;
        }
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (accounts == 0) {
            load();
        }
        announce(accounts == 0);
    }

    private void load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        regions.put("QR", new Region("QR", new LocalizedText("Republic of Karakalpakstan", "Республика Каракалпакстан", "Qoraqalpogʻiston Respublikasi")));
        regions.put("XR", new Region("XR", new LocalizedText("Khorezm region", "Хорезмская область", "Xorazm viloyati")));
        regions.put("BU", new Region("BU", new LocalizedText("Bukhara region", "Бухарская область", "Buxoro viloyati")));
        regions.put("SA", new Region("SA", new LocalizedText("Samarkand region", "Самаркандская область", "Samarqand viloyati")));
        regions.put("FA", new Region("FA", new LocalizedText("Fergana region", "Ферганская область", "Fargʻona viloyati")));
        regions.put("NG", new Region("NG", new LocalizedText("Namangan region", "Наманганская область", "Namangan viloyati")));
        regions.put("TK", new Region("TK", new LocalizedText("Tashkent city", "город Ташкент", "Toshkent shahri")));
        regions.values().forEach(em::persist);

        Map<String, Organisation> organisations = new LinkedHashMap<>();
        for (Organisation o : List.of(
                new Organisation("Bolalar Ovozi", OrganisationKind.NGO, regions.get("SA")),
                new Organisation("Mehr Nuri", OrganisationKind.NGO, regions.get("FA")),
                new Organisation("Nurli Kelajak", OrganisationKind.NGO, regions.get("TK")),
                new Organisation("Orol Bolalari", OrganisationKind.NGO, regions.get("QR")),
                new Organisation("Xorazm Yoshlari", OrganisationKind.NGO, regions.get("XR")),
                new Organisation("Buxoro Oila Markazi", OrganisationKind.NGO, regions.get("BU")),
                new Organisation("Namangan viloyati hokimligi", OrganisationKind.GOVERNMENT, regions.get("NG")))) {
            em.persist(o);
            organisations.put(o.name(), o);
        }

        String hash = hasher.hash(PASSWORD);
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (Person p : PEOPLE) {
            Account account = new Account(p.email(), p.name(), p.language(),
                    p.organisation() == null ? null : organisations.get(p.organisation()),
                    p.roles(), hash, clock.instant());
            em.persist(account);
            accounts.put(p.email(), account);
        }
        em.flush();
        cohorts(regions, accounts);
    }

    /**
     * A running cohort of the NGO course (started a month ago, first module open, the second waiting for
     * it) with both demo learners, the demo trainer, a past session with attendance and one to come; and
     * a cohort of the IWG course that opens next month and takes requests to join.
     */
    private void cohorts(Map<String, Region> regions, Map<String, Account> accounts) {
        Course ngo = em.createQuery("select c from Course c where c.code = 'ngo-cycle'", Course.class).getResultStream().findFirst().orElse(null);
        Course iwg = em.createQuery("select c from Course c where c.code = 'iwg-monitoring'", Course.class).getResultStream().findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        Account trainer = accounts.get("trainer@qadam.example");
        long coordinator = accounts.get("coordinator@qadam.example").id();
        if (ngo != null) {
            LocalDate start = today.minusDays(30);
            Cohort cohort = new Cohort("NGO cycle " + start.getYear() + "–" + (start.getYear() + 1), ngo, start,
                    start.plusYears(1).minusDays(1), clock.instant(), moduleIds("ngo-cycle"));
            cohort.coverRegions(List.of(regions.get("SA"), regions.get("FA"), regions.get("TK")));
            cohort.runBy(List.of(trainer));
            cohort.limitTo(30, 0);
            // the first three stages open by date, so that there is work to hand in and to grade at once
            List<String> modules = moduleIds("ngo-cycle");
            List<ModuleRelease> schedule = new java.util.ArrayList<>();
            for (int i = 0; i < modules.size(); i++) {
                schedule.add(i < 3 ? ModuleRelease.onDate(modules.get(i), i, start.plusDays(14L * i))
                        : ModuleRelease.onCompletionOfPrevious(modules.get(i), i));
            }
            cohort.releaseModules(schedule);
            em.persist(cohort);
            List<Enrolment> enrolled = new java.util.ArrayList<>();
            for (String email : List.of("learner@qadam.example", "learner2@qadam.example")) {
                Account learner = accounts.get(email);
                Team team = new Team(cohort, learner.organisation().name(), learner.organisation());
                em.persist(team);
                Enrolment enrolment = Enrolment.enrolled(cohort, learner, team, clock.instant(), coordinator);
                em.persist(enrolment);
                enrolled.add(enrolment);
            }
            TrainingSession opening = new TrainingSession(cohort, SessionKind.TRAINING, "Opening training: the CRC and monitoring",
                    start.plusDays(7).atTime(10, 0), start.plusDays(7).atTime(16, 0), "Samarkand, regional NGO centre",
                    cohort.releases().get(0).moduleId());
            TrainingSession roundTable = new TrainingSession(cohort, SessionKind.ROUND_TABLE, "Round table with the khokimiyat",
                    today.plusDays(10).atTime(14, 0), today.plusDays(10).atTime(17, 0), "Fergana, khokimiyat conference hall",
                    cohort.releases().get(1).moduleId());
            em.persist(opening);
            em.persist(roundTable);
            em.flush();
            Attendance present = new Attendance(opening.id(), enrolled.get(0).id());
            present.record(AttendanceStatus.PRESENT, null, clock.instant(), trainer.id());
            Attendance excused = new Attendance(opening.id(), enrolled.get(1).id());
            excused.record(AttendanceStatus.EXCUSED, "Family emergency", clock.instant(), trainer.id());
            em.persist(present);
            em.persist(excused);
            handedIn(cohort, enrolled.get(1), modules.get(1), accounts.get("learner2@qadam.example"));
        }
        if (iwg != null) {
            pastCohort(iwg, regions, accounts, trainer, coordinator, today);
            LocalDate start = today.plusDays(30);
            Cohort next = new Cohort("IWG monitoring " + start.getYear(), iwg, start, start.plusMonths(6), clock.instant(),
                    moduleIds("iwg-monitoring"));
            next.coverRegions(List.of(regions.get("NG"), regions.get("QR")));
            next.runBy(List.of(trainer));
            next.openForRequests(true);
            em.persist(next);
        }
    }

    /**
     * Last year's IWG monitoring cohort, ended: Aziz completed it and holds a certificate; Madina completed it
     * too and her certificate waits for the coordinator (a certificate proposed).
     */
    private void pastCohort(Course iwg, Map<String, Region> regions, Map<String, Account> accounts, Account trainer,
                            long coordinator, LocalDate today) {
        LocalDate start = today.minusDays(220);
        Cohort past = new Cohort("IWG monitoring " + start.getYear() + " (pilot)", iwg, start, today.minusDays(40),
                clock.instant(), moduleIds("iwg-monitoring"));
        past.coverRegions(List.of(regions.get("SA"), regions.get("FA")));
        past.runBy(List.of(trainer));
        em.persist(past);
        PublishedCourse course = curriculum.latest("iwg-monitoring");
        Instant finished = clock.instant().minus(java.time.Duration.ofDays(45));
        List<Enrolment> done = new java.util.ArrayList<>();
        for (String email : List.of("learner@qadam.example", "learner2@qadam.example")) {
            Account learner = accounts.get(email);
            Team team = new Team(past, learner.organisation().name(), learner.organisation());
            em.persist(team);
            Enrolment enrolment = Enrolment.enrolled(past, learner, team, clock.instant().minus(java.time.Duration.ofDays(220)), coordinator);
            em.persist(enrolment);
            em.flush();
            for (PublishedCourse.PublishedModule module : course.modules()) {
                for (PublishedCourse.PublishedLesson lesson : module.lessons()) {
                    em.persist(new org.qadam.progress.LessonProgress(enrolment.id(), module.id(), lesson.id(), finished));
                }
                em.persist(new org.qadam.progress.ModuleCompletion(enrolment.id(), module.id(), finished));
            }
            enrolment.complete(finished);
            done.add(enrolment);
        }
        em.flush();
        issuer.issue(done.get(0).id(), coordinator);
    }

    /** The Mehr Nuri team's priority statement, handed in three days ago, waiting in the trainer's queue. */
    private void handedIn(Cohort cohort, Enrolment enrolment, String moduleId, Account by) {
        PublishedCourse.PublishedAssignment assignment = curriculum.latest("ngo-cycle").modules().get(1).assignments().get(0);
        Instant then = clock.instant().minus(java.time.Duration.ofDays(3));
        Submission work = new Submission(cohort, moduleId, assignment.id(),
                Owner.of(assignment.isTeam(), enrolment.id(), enrolment.team().id()), by.organisation().id(), 1, then, by.id());
        work.writeText("<h2>Priority statement</h2><p>Our priority: children with disabilities out of school in Fergana region. "
                + "The Regional Plan of Action names inclusive education as its second goal; the district education "
                + "department's own records show the gap, and the parents we met say the same.</p>", then, by.id());
        work.submit(then, by.id(), false, false);
        em.persist(work);
    }

    @Inject
    org.qadam.certificate.CertificateIssuer issuer;

    private List<String> moduleIds(String course) {
        return curriculum.latest(course).modules().stream().map(PublishedCourse.PublishedModule::id).toList();
    }

    private void announce(boolean loadedNow) {
        StringBuilder banner = new StringBuilder("\n\n  Qadam: ")
                .append(loadedNow ? "demo data loaded" : "demo data already present")
                .append("\n  Open ").append(publicUrl).append(" once Payara Micro reports it is ready.\n")
                .append("  Demo accounts (password for all, unless changed since: ").append(PASSWORD).append("):\n");
        for (Person p : PEOPLE) {
            banner.append(String.format("    %-12s %s%n", p.roles().iterator().next().name().toLowerCase(), p.email()));
        }
        LOG.info(banner.toString());
    }
}
