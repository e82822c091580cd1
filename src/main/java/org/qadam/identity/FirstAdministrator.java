package org.qadam.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.Language;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The way into a new installation: when no account holds the administrator role and
 * {@code qadam.admin.email} and {@code qadam.admin.password} are set, that administrator is created at
 * start-up. Once any administrator exists the settings are ignored, so they cannot be used to take
 * over an installation later; remove them after the first start.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "qadam.admin.email")
    Optional<String> email;
    @Inject
    @ConfigProperty(name = "qadam.admin.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "qadam.admin.name", defaultValue = "Administrator")
    String name;

    @PostConstruct
    void createWhenNoAdministratorExists() {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        long administrators = em.createQuery("select count(a) from Account a where :admin member of a.roles", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            return;
        }
        try {
            String normalised = EmailAddress.normalise(email.get());
            PasswordPolicy.check(password.get(), normalised);
            long taken = em.createQuery("select count(a) from Account a where a.email = :email", Long.class)
                    .setParameter("email", normalised).getSingleResult();
            if (taken > 0) {
                LOG.severe(() -> "qadam.admin.email " + normalised + " belongs to an existing account; no administrator created");
                return;
            }
            em.persist(new Account(normalised, name, Language.EN, null, EnumSet.of(Role.ADMIN),
                    hasher.hash(password.get()), clock.instant()));
            LOG.info(() -> "Created the first administrator, " + normalised + ". Remove QADAM_ADMIN_PASSWORD from the settings now.");
        } catch (QadamException invalid) {
            LOG.severe(() -> "No first administrator created: " + invalid.getMessage()
                    + " (see docs/configuration.md, qadam.admin.*)");
        }
    }
}
