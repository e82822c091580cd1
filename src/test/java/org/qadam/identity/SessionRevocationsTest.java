package org.qadam.identity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRevocationsTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    private final SessionRevocations cut = new SessionRevocations();

    @Test
    void aSessionThatSignedInBeforeTheRevocationIsRevokedOneAfterItIsNot() {
        cut.clock = Clock.fixed(NOON, ZoneOffset.UTC);
        assertThat(cut.isRevoked("7", NOON.minusSeconds(60))).as("nothing revoked yet").isFalse();

        cut.revoke(7);

        assertThat(cut.isRevoked("7", NOON.minusSeconds(60))).isTrue();
        assertThat(cut.isRevoked("7", NOON)).as("signed in at the same instant").isTrue();
        assertThat(cut.isRevoked("7", NOON.plusSeconds(1))).as("signed in again afterwards").isFalse();
        assertThat(cut.isRevoked("7", null)).as("a session of unknown age").isTrue();
        assertThat(cut.isRevoked("8", NOON.minusSeconds(60))).as("another account").isFalse();
    }
}
