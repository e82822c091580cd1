package org.qadam.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.shared.ConflictException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time links with which a person sets their password: made for accounts created by a coordinator,
 * valid for {@code qadam.password-links.valid-days} days, usable once. The token is 256 random bits;
 * only its SHA-256 is stored.
 */
@ApplicationScoped
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "qadam.password-links.valid-days", defaultValue = "14")
    int validDays;

    @Inject
    @ConfigProperty(name = "qadam.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** A new link for the account, in the caller's transaction: the token, to be shown once. */
    public Issued issue(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validDays));
        em.persist(new PasswordLink(account, hashOf(token), now, expires));
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return new Issued(base + "password.xhtml?token=" + token, expires);
    }

    public record Issued(String url, Instant expiresAt) {
    }

    /** The person a usable link is for, to greet them on the page; empty for an unknown, used or expired token. */
    public Optional<Account> holderOf(String token) {
        return find(token).filter(link -> link.isUsable(clock.instant())).map(PasswordLink::account);
    }

    /** Sets the password and spends the link. Refused for an unknown, used or expired link, or a weak password. */
    @Transactional
    public Account redeem(String token, String newPassword) {
        PasswordLink link = find(token).orElseThrow(() -> new ConflictException("error.passwordLink.invalid"));
        Account account = link.account();
        PasswordPolicy.check(newPassword, account.email());
        Instant now = clock.instant();
        if (!link.isUsable(now)) {
            throw new ConflictException("error.passwordLink.invalid");
        }
        // spent in one conditional update, so that two submissions at once cannot both use the link
        int spent = em.createQuery("update PasswordLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
                .setParameter("now", now).setParameter("id", link.id()).executeUpdate();
        if (spent != 1) {
            throw new ConflictException("error.passwordLink.invalid");
        }
        if (!account.isActive()) {
            throw new ConflictException("error.passwordLink.invalid");
        }
        account.replacePasswordHash(hasher.hash(newPassword));
        return account;
    }

    private Optional<PasswordLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select l from PasswordLink l join fetch l.account where l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", hashOf(token)).getResultStream().findFirst();
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
