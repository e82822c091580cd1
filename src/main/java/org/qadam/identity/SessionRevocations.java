package org.qadam.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions that must end before their time: when an administrator deactivates an account, changes its
 * roles or sets its password, every session that account signed in before that moment is ended at its
 * next request (a session carries the roles it signed in with, so it must not outlive a change of
 * them). Kept in memory: with several instances, each ends the sessions it holds once told; a restart
 * ends all sessions anyway.
 */
@ApplicationScoped
public class SessionRevocations {

    private final Map<String, Instant> revokedAt = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Ends, at their next request, the sessions this account signed in before now; returns "now". */
    public Instant revoke(long accountId) {
        Instant now = clock.instant();
        revokedAt.put(String.valueOf(accountId), now);
        return now;
    }

    void accessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountAccessChanged change) {
        revoke(change.accountId());
    }

    /** Whether a session of this caller that signed in at {@code signedInAt} has been revoked since. */
    public boolean isRevoked(String principalName, Instant signedInAt) {
        Instant revoked = revokedAt.get(principalName);
        return revoked != null && (signedInAt == null || !signedInAt.isAfter(revoked));
    }
}
