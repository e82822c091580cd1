package org.qadam.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final int FREE = 5;
    private static final int MAX_DELAY_SECONDS = 60;
    private static final String ANN = "ann@example.org";
    private static final String BOB = "bob@example.org";
    private static final String HOME = "192.0.2.10";
    private static final String OFFICE = "198.51.100.20";

    private MutableClock clock;
    private LoginThrottle cut;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        cut = new LoginThrottle(clock, FREE, MAX_DELAY_SECONDS);
    }

    @Test
    void nothingToWaitForBeforeAnyFailure() {
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isZero();
    }

    @Test
    void theFreeAttemptsCostNoWaiting() {
        for (int i = 1; i <= FREE; i++) {
            cut.failed(ANN, HOME);
            assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).as("after failure %d", i).isZero();
        }
    }

    @Test
    void afterTheFreeAttemptsEachFailureDoublesTheWait() {
        fail(ANN, HOME, FREE);

        cut.failed(ANN, HOME);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(2));

        cut.failed(ANN, HOME);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(4));

        cut.failed(ANN, HOME);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theWaitRunsDownWithTime() {
        fail(ANN, HOME, FREE + 2); // 4 s

        clock.advance(Duration.ofMillis(1500));
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofMillis(2500));

        clock.advance(Duration.ofMillis(2500));
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isZero();

        clock.advance(Duration.ofSeconds(10));
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isZero();
    }

    @Test
    void theWaitIsCountedFromTheLatestFailure() {
        fail(ANN, HOME, FREE + 1); // 2 s
        clock.advance(Duration.ofSeconds(30));
        cut.failed(ANN, HOME); // 4 s from now

        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theWaitIsCappedAtTheMaximum() {
        fail(ANN, HOME, FREE + 5); // 2^5 = 32 s
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(32));

        cut.failed(ANN, HOME); // 64 s, capped
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(MAX_DELAY_SECONDS));

        fail(ANN, HOME, 100); // far beyond any doubling a long could hold
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(MAX_DELAY_SECONDS));
    }

    @Test
    void oneAddressTryingManyEmailsIsThrottled() {
        for (int i = 0; i <= FREE; i++) {
            cut.failed("person" + i + "@example.org", HOME);
        }

        assertThat(cut.waitBeforeNextAttempt("someone.else@example.org", HOME))
                .as("a fresh email from the same address").isEqualTo(Duration.ofSeconds(2));
        assertThat(cut.waitBeforeNextAttempt("someone.else@example.org", OFFICE))
                .as("the same fresh email from another address").isZero();
    }

    @Test
    void oneEmailTriedFromManyAddressesIsThrottled() {
        for (int i = 0; i <= FREE; i++) {
            cut.failed(ANN, "203.0.113." + i);
        }

        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(cut.waitBeforeNextAttempt(BOB, OFFICE)).isZero();
    }

    @Test
    void theEmailIsComparedTrimmedAndWhateverItsCase() {
        fail("  Ann@Example.ORG ", HOME, FREE + 1);

        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theLongerOfTheTwoWaitsApplies() {
        fail(ANN, HOME, FREE + 3);         // ANN: 8 failures, HOME: 8 failures -> 8 s
        fail(BOB, OFFICE, FREE + 1);       // BOB: 6, OFFICE: 6 -> 2 s

        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).isEqualTo(Duration.ofSeconds(8));
        assertThat(cut.waitBeforeNextAttempt(BOB, HOME)).isEqualTo(Duration.ofSeconds(8));
        assertThat(cut.waitBeforeNextAttempt(BOB, OFFICE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        fail(ANN, HOME, FREE + 1);

        cut.succeeded(ANN);

        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).as("the account from elsewhere").isZero();
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).as("the address is still throttled")
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(cut.waitBeforeNextAttempt(BOB, HOME)).as("another email from that address")
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void successStartsTheAccountsCountAfresh() {
        fail(ANN, "203.0.113.1", FREE + 3);
        cut.succeeded(" ANN@example.org");

        fail(ANN, OFFICE, FREE);
        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).isZero();
        cut.failed(ANN, OFFICE);
        assertThat(cut.waitBeforeNextAttempt(ANN, OFFICE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void successForOneEmailLeavesOthersThrottled() {
        fail(BOB, "203.0.113.1", FREE + 1);

        cut.succeeded(ANN);

        assertThat(cut.waitBeforeNextAttempt(BOB, OFFICE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failuresOlderThanFifteenMinutesAreForgotten() {
        fail(ANN, HOME, FREE + 5);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isPositive();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isZero();

        // the count starts again: the free attempts are free once more
        fail(ANN, HOME, FREE);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isZero();
        cut.failed(ANN, HOME);
        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failuresWithinFifteenMinutesStillCount() {
        fail(ANN, HOME, FREE);
        clock.advance(Duration.ofMinutes(14));

        cut.failed(ANN, HOME);

        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void unknownEmailsAreThrottledExactlyLikeKnownOnes() {
        // The throttle never looks at accounts: an address nobody has gets the same answers, so the
        // answers tell nothing about which emails have accounts.
        String nobody = "nobody-at-all@nowhere.example";
        for (int i = 1; i <= FREE + 3; i++) {
            cut.failed(ANN, HOME);
            cut.failed(nobody, OFFICE);
            assertThat(cut.waitBeforeNextAttempt(nobody, OFFICE))
                    .as("after failure %d", i)
                    .isEqualTo(cut.waitBeforeNextAttempt(ANN, HOME));
        }
        assertThat(cut.waitBeforeNextAttempt(nobody, OFFICE)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void evenAnEmailThatIsNotAnEmailIsThrottled() {
        fail(null, HOME, FREE + 1);
        fail("not an email", OFFICE, FREE + 1);

        assertThat(cut.waitBeforeNextAttempt(null, "203.0.113.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(cut.waitBeforeNextAttempt("NOT AN EMAIL", "203.0.113.1")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theNumberOfFreeAttemptsIsConfigurable() {
        cut = new LoginThrottle(clock, 0, MAX_DELAY_SECONDS);

        cut.failed(ANN, HOME);

        assertThat(cut.waitBeforeNextAttempt(ANN, HOME)).isEqualTo(Duration.ofSeconds(2));
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            cut.failed(email, address);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
