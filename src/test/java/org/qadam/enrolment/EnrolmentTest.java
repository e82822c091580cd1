package org.qadam.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Course;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentTest {

    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
    private static final Instant T1 = Instant.parse("2027-01-11T09:00:00Z");
    private static final Instant T2 = Instant.parse("2027-01-12T09:00:00Z");
    private static final Instant T3 = Instant.parse("2027-01-13T09:00:00Z");
    private static final long COORDINATOR = 7L;
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private Cohort cohort;
    private Account learner;
    private Team team;

    @BeforeEach
    void setUp() {
        cohort = new Cohort("Cycle 2027", new Course("ngo-cycle"), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30), Instant.EPOCH, List.of("m0", "m1"));
        cohort.openForRequests(true);
        learner = new Account("ann@example.org", "Ann", Language.RU, null, Set.of(Role.LEARNER), HASH, Instant.EPOCH);
        team = new Team(cohort, "Nur", null);
    }

    private static void assertConflict(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertInvalid(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertWrongStatus(Executable action) {
        assertConflict(action, "error.enrolment.wrongStatus");
    }

    private Enrolment requested() {
        return Enrolment.requested(cohort, learner, T0);
    }

    private Enrolment active() {
        return Enrolment.enrolled(cohort, learner, team, T0, COORDINATOR);
    }

    @Test
    void aRequestWaitsForADecision() {
        Enrolment cut = requested();

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThat(cut.cohort()).isSameAs(cohort);
        assertThat(cut.account()).isSameAs(learner);
        assertThat(cut.team()).isNull();
        assertThat(cut.requestedAt()).isEqualTo(T0);
        assertThat(cut.statusAt()).isEqualTo(T0);
        assertThat(cut.reason()).isNull();
    }

    @Test
    void noRequestWhenTheCohortIsNotOpenForRequests() {
        cohort.openForRequests(false);

        assertConflict(() -> Enrolment.requested(cohort, learner, T0), "error.enrolment.notOpen");
    }

    @Test
    void aCoordinatorEnrolsSomeoneActiveAtOnceInATeam() {
        cohort.openForRequests(false);
        Enrolment cut = active();

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.team()).isSameAs(team);
    }

    @Test
    void approvingARequestMakesTheLearnerActiveInTheTeam() {
        Enrolment cut = requested();

        cut.approve(team, T1, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.team()).isSameAs(team);
        assertThat(cut.statusAt()).isEqualTo(T1);
        assertThat(cut.requestedAt()).isEqualTo(T0);
    }

    @Test
    void onlyARequestCanBeApprovedOrDeclined() {
        Enrolment cut = active();

        assertWrongStatus(() -> cut.approve(team, T1, COORDINATOR));
        assertWrongStatus(() -> cut.decline("full", T1, COORDINATOR));
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    }

    @Test
    void decliningKeepsTheTidiedReason() {
        Enrolment cut = requested();

        cut.decline("  Not an   NGO\tmember ", T1, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.DECLINED);
        assertThat(cut.reason()).isEqualTo("Not an NGO member");
        assertThat(cut.statusAt()).isEqualTo(T1);
    }

    @Test
    void decliningNeedsAReasonOfAtMostFiveHundredCharacters() {
        Enrolment cut = requested();

        assertInvalid(() -> cut.decline(null, T1, COORDINATOR), "error.enrolment.reasonRequired");
        assertInvalid(() -> cut.decline(" \t ", T1, COORDINATOR), "error.enrolment.reasonRequired");
        assertInvalid(() -> cut.decline("x".repeat(Enrolment.MAX_REASON + 1), T1, COORDINATOR), "error.text.tooLong");
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.REQUESTED);

        cut.decline("x".repeat(Enrolment.MAX_REASON), T1, COORDINATOR);
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.DECLINED);
    }

    @Test
    void aDeclinedPersonMayAskAgainWhileTheCohortIsOpenForRequests() {
        Enrolment cut = requested();
        cut.decline("Full", T1, COORDINATOR);

        cut.requestAgain(T2);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThat(cut.requestedAt()).isEqualTo(T2);
        assertThat(cut.statusAt()).isEqualTo(T2);
        assertThat(cut.reason()).isNull();
    }

    @Test
    void aDeclinedPersonCannotAskAgainOnceRequestsAreClosed() {
        Enrolment cut = requested();
        cut.decline("Full", T1, COORDINATOR);
        cohort.openForRequests(false);

        assertConflict(() -> cut.requestAgain(T2), "error.enrolment.notOpen");
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.DECLINED);
    }

    @Test
    void onlyADeclinedPersonAsksAgain() {
        assertWrongStatus(() -> requested().requestAgain(T1));
        assertWrongStatus(() -> active().requestAgain(T1));
    }

    @Test
    void anActiveLearnerIsWithdrawnWithAReason() {
        Enrolment cut = active();

        cut.withdraw(" Moved abroad ", T1, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(cut.reason()).isEqualTo("Moved abroad");
        assertThat(cut.team()).isSameAs(team);
        assertThat(cut.statusAt()).isEqualTo(T1);
    }

    @Test
    void aCompletedLearnerCanBeWithdrawnToo() {
        Enrolment cut = active();
        cut.complete(T1);

        cut.withdraw("Certificate revoked", T2, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    }

    @Test
    void withdrawingNeedsAReason() {
        Enrolment cut = active();

        assertInvalid(() -> cut.withdraw("", T1, COORDINATOR), "error.enrolment.reasonRequired");
        assertInvalid(() -> cut.withdraw(null, T1, COORDINATOR), "error.enrolment.reasonRequired");
        assertInvalid(() -> cut.withdraw("y".repeat(Enrolment.MAX_REASON + 1), T1, COORDINATOR),
                "error.text.tooLong");
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    }

    @Test
    void onlyActiveAndCompletedLearnersCanBeWithdrawn() {
        Enrolment request = requested();
        assertWrongStatus(() -> request.withdraw("why", T1, COORDINATOR));

        Enrolment declined = requested();
        declined.decline("Full", T1, COORDINATOR);
        assertWrongStatus(() -> declined.withdraw("why", T2, COORDINATOR));

        Enrolment withdrawn = active();
        withdrawn.withdraw("why", T1, COORDINATOR);
        assertWrongStatus(() -> withdrawn.withdraw("again", T2, COORDINATOR));
    }

    @Test
    void aWithdrawnLearnerIsReinstatedAsActive() {
        Enrolment cut = active();
        cut.withdraw("Illness", T1, COORDINATOR);

        cut.reinstate(T2, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.reason()).isNull();
        assertThat(cut.team()).isSameAs(team);
        assertThat(cut.statusAt()).isEqualTo(T2);
    }

    @Test
    void onlyAWithdrawnLearnerIsReinstated() {
        assertWrongStatus(() -> active().reinstate(T1, COORDINATOR));
        assertWrongStatus(() -> requested().reinstate(T1, COORDINATOR));
    }

    @Test
    void anActiveLearnerCompletesAndCanBeReopened() {
        Enrolment cut = active();

        cut.complete(T1);
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(cut.statusAt()).isEqualTo(T1);

        cut.reopen(T2);
        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.statusAt()).isEqualTo(T2);
    }

    @Test
    void onlyAnActiveLearnerCompletesAndOnlyACompletedOneIsReopened() {
        assertWrongStatus(() -> requested().complete(T1));
        assertWrongStatus(() -> active().reopen(T1));

        Enrolment completed = active();
        completed.complete(T1);
        assertWrongStatus(() -> completed.complete(T2));

        Enrolment withdrawn = active();
        withdrawn.withdraw("why", T1, COORDINATOR);
        assertWrongStatus(() -> withdrawn.complete(T2));
    }

    @Test
    void aCoordinatorEnrolsSomeoneWhoseRequestIsOpen() {
        Enrolment cut = requested();

        cut.enrolAfterRequest(team, T1, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.team()).isSameAs(team);
    }

    @Test
    void aCoordinatorEnrolsSomeoneWhoseRequestWasDeclined() {
        Enrolment cut = requested();
        cut.decline("Full", T1, COORDINATOR);

        cut.enrolAfterRequest(team, T2, COORDINATOR);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(cut.reason()).isNull();
        assertThat(cut.team()).isSameAs(team);
        assertThat(cut.statusAt()).isEqualTo(T2);
    }

    @Test
    void enrolAfterRequestIsRefusedForLearnersAlreadyInOrOut() {
        assertWrongStatus(() -> active().enrolAfterRequest(team, T1, COORDINATOR));

        Enrolment completed = active();
        completed.complete(T1);
        assertWrongStatus(() -> completed.enrolAfterRequest(team, T2, COORDINATOR));

        Enrolment withdrawn = active();
        withdrawn.withdraw("why", T1, COORDINATOR);
        assertWrongStatus(() -> withdrawn.enrolAfterRequest(team, T2, COORDINATOR));
    }

    @Test
    void theWholeWayFromRequestToCompletion() {
        Enrolment cut = requested();
        cut.decline("Missing documents", T1, COORDINATOR);
        cut.requestAgain(T2);
        cut.approve(team, T3, COORDINATOR);
        cut.complete(T3);

        assertThat(cut.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(cut.requestedAt()).isEqualTo(T2);
    }

    @Test
    void onlyActiveAndCompletedLearnersTakeAPlace() {
        assertThat(EnrolmentStatus.values()).filteredOn(EnrolmentStatus::takesAPlace)
                .containsExactlyInAnyOrder(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED);
    }

    @Test
    void aTeamIsNamedAndKeyedByItsTidiedName() {
        Team cut = new Team(cohort, "  Nur   Light ", null);

        assertThat(cut.name()).isEqualTo("Nur Light");
        assertThat(cut.cohort()).isSameAs(cohort);
        assertThat(Team.keyOf(" NUR  light")).isEqualTo(Team.keyOf("nur Light"));
        assertInvalid(() -> new Team(cohort, " ", null), "error.team.nameRequired");
    }

    @Test
    void aLearnerCanBeTakenOutOfTheirTeam() {
        // moveTo(anotherTeam) compares cohort ids, which only JPA assigns; moving to no team needs none
        Enrolment cut = active();

        cut.moveTo(null);

        assertThat(cut.team()).isNull();
    }
}
