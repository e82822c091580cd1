package org.qadam.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordHasher;
import org.qadam.identity.Role;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Test data written straight through JPA, the way the demo loader does, so that a test can arrange
 * people and organisations without going through the services it is testing.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "fixture password 2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    private String hash;

    /** A unique email, so tests sharing one database never collide. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@fixture.example";
    }

    @Transactional
    public Account person(String email, Role... roles) {
        Account account = new Account(email, "Fixture " + email, Language.EN, null,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), passwordHash(), Instant.now());
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional
    public Account personIn(long organisationId, String email, Role... roles) {
        Account account = person(email, roles);
        em.find(Account.class, account.id()).joinOrganisation(em.find(Organisation.class, organisationId));
        return account;
    }

    @Transactional
    public Account deactivated(String email, Role... roles) {
        Account account = person(email, roles);
        em.find(Account.class, account.id()).deactivate();
        return account;
    }

    @Transactional
    public long region() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        Region region = new Region(code, new LocalizedText("Test region " + code, "Тестовый регион " + code, "Sinov hududi " + code));
        em.persist(region);
        em.flush();
        return region.id();
    }

    @Transactional
    public long organisation(String name) {
        Organisation organisation = new Organisation(name, OrganisationKind.NGO, em.find(Region.class, region()));
        em.persist(organisation);
        em.flush();
        return organisation.id();
    }

    @Transactional
    public Account reloaded(long accountId) {
        Account account = em.find(Account.class, accountId);
        em.refresh(account);
        return account;
    }

    public boolean organisationExists(long id) {
        return em.find(Organisation.class, id) != null;
    }

    public long accountCount() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private String passwordHash() {
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
        }
        return hash;
    }
}
