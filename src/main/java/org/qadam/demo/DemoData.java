package org.qadam.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordHasher;
import org.qadam.identity.Role;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Clock;
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
@DependsOn("SchemaMigration")
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
        for (Person p : PEOPLE) {
            em.persist(new Account(p.email(), p.name(), p.language(),
                    p.organisation() == null ? null : organisations.get(p.organisation()),
                    p.roles(), hash, clock.instant()));
        }
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
