package org.qadam.identity;

/**
 * Event: what an account may do changed (deactivated, roles changed, password set), so the sessions it
 * signed in before must end. Observed after the transaction commits, so that a sign-in racing the change
 * cannot start a session with the old rights that outlives it.
 */
public record AccountAccessChanged(long accountId) {
}
