package org.qadam.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing. Each account (by the email typed, whether or not it exists, so the throttle
 * tells nothing about existence) and each client address gets a number of free failed attempts; after
 * that, every further failure locks that key for twice as long as the one before (2 s, 4 s, 8 s, ...)
 * up to a ceiling. A success clears the account's count. A key's failures are forgotten after 15
 * minutes without a new one. An address gets more free attempts than an account: a training room of
 * two dozen people often reaches Qadam through one address, and their typos must not lock each other
 * out.
 *
 * <p>Kept in memory: one instance of Qadam serves the programme; with several instances each keeps its
 * own count, which still bounds guessing per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;
    private int freeAttempts;
    private int freeAttemptsPerAddress;
    private Duration maxDelay;

    protected LoginThrottle() {
        // for CDI
    }

    /** The same number of free attempts for accounts and addresses. */
    public LoginThrottle(Clock clock, int freeAttempts, int maxDelaySeconds) {
        this(clock, freeAttempts, freeAttempts, maxDelaySeconds);
    }

    @Inject
    public LoginThrottle(Clock clock,
                         @ConfigProperty(name = "qadam.login.free-attempts", defaultValue = "5") int freeAttempts,
                         @ConfigProperty(name = "qadam.login.free-attempts-per-address", defaultValue = "30") int freeAttemptsPerAddress,
                         @ConfigProperty(name = "qadam.login.max-delay-seconds", defaultValue = "300") int maxDelaySeconds) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.freeAttemptsPerAddress = freeAttemptsPerAddress;
        this.maxDelay = Duration.ofSeconds(maxDelaySeconds);
    }

    /** How long the caller must still wait before trying this email from this address; zero if not at all. */
    public Duration waitBeforeNextAttempt(String email, String address) {
        Instant now = clock.instant();
        Duration forAccount = waitFor(accountKey(email), now, freeAttempts);
        Duration forAddress = waitFor(addressKey(address), now, freeAttemptsPerAddress);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.isStale(now));
        }
        failures.compute(accountKey(email), (k, f) -> (f == null || f.isStale(now) ? new Failures() : f).add(now));
        failures.compute(addressKey(address), (k, f) -> (f == null || f.isStale(now) ? new Failures() : f).add(now));
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    /**
     * A sign-in that was counted as failed before the password was checked (see {@code LoginBacking}:
     * counting first means that parallel guesses cannot all pass the check before any is counted)
     * turned out right: the account's count is cleared and the address's tentative failure taken back.
     */
    public void succeeded(String email, String address) {
        succeeded(email);
        failures.computeIfPresent(addressKey(address), (k, f) -> f.count <= 1 ? null : f.undo());
    }

    private Duration waitFor(String key, Instant now, int free) {
        Failures f = failures.get(key);
        if (f == null || f.isStale(now) || f.count <= free) {
            return Duration.ZERO;
        }
        long doublings = Math.min(f.count - free, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Duration left = Duration.between(now, f.last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // bounded: nobody's email is longer, and a megabyte typed into the field must not become a key
        return "account:" + (key.length() > EmailAddress.MAX_LENGTH ? key.substring(0, EmailAddress.MAX_LENGTH) : key);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        int count;
        Instant last;

        Failures add(Instant when) {
            count++;
            last = when;
            return this;
        }

        Failures undo() {
            count--;
            return this;
        }

        boolean isStale(Instant now) {
            return last != null && last.plus(WINDOW).isBefore(now);
        }
    }
}
