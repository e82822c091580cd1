package org.qadam.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Course;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.QadamException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SubmissionTest {

    private static final Instant CREATED = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant SAVED = Instant.parse("2027-03-02T09:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2027-03-03T10:00:00Z");
    private static final Instant GRADED = Instant.parse("2027-03-10T11:00:00Z");
    private static final Instant LATER = Instant.parse("2027-03-12T12:00:00Z");
    private static final long LEARNER = 41;
    private static final long TRAINER = 7;
    private static final long OTHER_TRAINER = 8;

    private static final Map<String, BigDecimal> FULL = Map.of("a", d("1"), "b", d("2.5"));
    private static final Map<String, BigDecimal> HALF = Map.of("a", d("1"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Cohort cohort() {
        return new Cohort("Cycle", new Course("ngo-cycle"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30),
                Instant.EPOCH, List.of("m0", "m1"));
    }

    private static Submission draft() {
        return new Submission(cohort(), "m0", "a1", Owner.of(false, 12, null), 3L, 1, CREATED, LEARNER);
    }

    private static Submission submitted() {
        Submission s = draft();
        s.writeText("<p>My answer</p>", SAVED, LEARNER);
        s.submit(SUBMITTED, LEARNER, false, false);
        return s;
    }

    private static Submission released() {
        Submission s = submitted();
        s.grade(GradeAction.RELEASE, FULL, d("3.5"), true, "<p>Good</p>", GRADED, TRAINER);
        return s;
    }

    private static void assertRefused(Executable action, Class<? extends QadamException> type, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOf(type)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo(key);
    }

    // --- drafts

    @Test
    void aNewSubmissionIsAnEmptyDraftOfItsOwner() {
        Cohort cohort = cohort();
        Submission cut = new Submission(cohort, "m0", "a1", Owner.of(false, 12, null), 3L, 2, CREATED, LEARNER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(cut.cohort()).isSameAs(cohort);
        assertThat(cut.moduleId()).isEqualTo("m0");
        assertThat(cut.assignmentId()).isEqualTo("a1");
        assertThat(cut.ownerKey()).isEqualTo("E12");
        assertThat(cut.owner()).isEqualTo(new Owner(12L, null));
        assertThat(cut.enrolmentId()).isEqualTo(12L);
        assertThat(cut.teamId()).isNull();
        assertThat(cut.organisationId()).isEqualTo(3L);
        assertThat(cut.attempt()).isEqualTo(2);
        assertThat(cut.createdAt()).isEqualTo(CREATED);
        assertThat(cut.savedAt()).isEqualTo(CREATED);
        assertThat(cut.textHtml()).isNull();
        assertThat(cut.late()).isFalse();
        assertThat(cut.submittedAt()).isNull();
        assertThat(cut.submittedBy()).isNull();
        assertThat(cut.total()).isNull();
        assertThat(cut.scores()).isEmpty();
        assertThat(cut.feedbackHtml()).isNull();
    }

    @Test
    void aTeamsSubmissionIsKeyedByTheTeam() {
        Submission cut = new Submission(cohort(), "m1", "team-plan", Owner.of(true, 12, 7L), 3L, 1, CREATED, LEARNER);

        assertThat(cut.ownerKey()).isEqualTo("T7");
        assertThat(cut.teamId()).isEqualTo(7L);
        assertThat(cut.enrolmentId()).isNull();
        assertThat(cut.owner().isTeam()).isTrue();
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> new Submission(cohort(), "m0", "a1", Owner.of(false, 12, null), null, 0, CREATED, LEARNER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingReplacesTheDraftsText() {
        Submission cut = draft();

        cut.writeText("<p>First</p>", SAVED, LEARNER);
        cut.writeText("<p>Second</p>", SUBMITTED, 99);

        assertThat(cut.textHtml()).isEqualTo("<p>Second</p>");
        assertThat(cut.savedAt()).isEqualTo(SUBMITTED);
        assertThat(cut.status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void blankTextIsNoText() {
        Submission cut = draft();
        cut.writeText("<p>First</p>", SAVED, LEARNER);

        cut.writeText("  \n ", SAVED, LEARNER);
        assertThat(cut.textHtml()).isNull();

        cut.writeText("<p>Again</p>", SAVED, LEARNER);
        cut.writeText(null, SAVED, LEARNER);
        assertThat(cut.textHtml()).isNull();
    }

    @Test
    void textIsLimitedInLength() {
        Submission cut = draft();
        String longest = "x".repeat(Submission.MAX_TEXT);

        cut.writeText(longest, SAVED, LEARNER);
        assertThat(cut.textHtml()).hasSize(200_000);

        assertThatThrownBy(() -> cut.writeText(longest + "x", SUBMITTED, LEARNER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.submission.textTooLong");
                    assertThat(e.arguments()).containsExactly(200_000);
                });
        assertThat(cut.textHtml()).isEqualTo(longest);
        assertThat(cut.savedAt()).isEqualTo(SAVED);
    }

    // --- handing in

    @Test
    void anEmptyDraftCannotBeHandedIn() {
        Submission cut = draft();

        assertRefused(() -> cut.submit(SUBMITTED, LEARNER, false, false), InvalidInputException.class, "error.submission.empty");
        cut.writeText(" ", SAVED, LEARNER);
        assertRefused(() -> cut.submit(SUBMITTED, LEARNER, false, false), InvalidInputException.class, "error.submission.empty");

        assertThat(cut.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(cut.submittedAt()).isNull();
    }

    @Test
    void aDraftWithTextIsHandedIn() {
        Submission cut = draft();
        cut.writeText("<p>Answer</p>", SAVED, LEARNER);

        cut.submit(SUBMITTED, 42, false, false);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(cut.submittedAt()).isEqualTo(SUBMITTED);
        assertThat(cut.submittedBy()).isEqualTo(42L);
        assertThat(cut.savedAt()).isEqualTo(SUBMITTED);
        assertThat(cut.late()).isFalse();
        assertThat(cut.textHtml()).isEqualTo("<p>Answer</p>");
    }

    @Test
    void aDraftWithOnlyFilesIsHandedIn() {
        Submission cut = draft();

        cut.submit(SUBMITTED, LEARNER, false, true);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(cut.textHtml()).isNull();
    }

    @Test
    void handingInLateIsKept() {
        Submission cut = draft();
        cut.writeText("<p>Answer</p>", SAVED, LEARNER);

        cut.submit(SUBMITTED, LEARNER, true, false);
        assertThat(cut.late()).isTrue();

        cut.grade(GradeAction.RELEASE, FULL, d("3.5"), true, null, GRADED, TRAINER);
        assertThat(cut.late()).isTrue();
    }

    @Test
    void aSubmissionHandedInIsNoLongerADraft() {
        Submission cut = submitted();

        assertRefused(() -> cut.writeText("<p>Changed</p>", LATER, LEARNER), ConflictException.class, "error.submission.notDraft");
        assertRefused(() -> cut.submit(LATER, LEARNER, true, true), ConflictException.class, "error.submission.notDraft");
        assertRefused(cut::requireDraft, ConflictException.class, "error.submission.notDraft");

        assertThat(cut.textHtml()).isEqualTo("<p>My answer</p>");
        assertThat(cut.submittedAt()).isEqualTo(SUBMITTED);
        assertThat(cut.late()).isFalse();
    }

    // --- grading

    @ParameterizedTest
    @EnumSource(GradeAction.class)
    void aDraftCannotBeGraded(GradeAction action) {
        Submission cut = draft();
        cut.writeText("<p>Answer</p>", SAVED, LEARNER);

        assertRefused(() -> cut.grade(action, FULL, d("3.5"), true, "<p>Feedback</p>", GRADED, TRAINER),
                ConflictException.class, "error.grade.notGradable");
        assertThat(cut.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(cut.total()).isNull();
    }

    @Test
    void aDraftGradeKeepsAnIncompleteRubric() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.SAVE_DRAFT, HALF, d("1"), false, null, GRADED, TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.IN_GRADING);
        assertThat(cut.scores()).containsExactly(entry("a", d("1")));
        assertThat(cut.total()).isEqualByComparingTo("1");
        assertThat(cut.gradedBy()).isEqualTo(TRAINER);
        assertThat(cut.gradedAt()).isEqualTo(GRADED);
        assertThat(cut.releasedAt()).isNull();

        assertThat(change.action()).isEqualTo(GradeAction.SAVE_DRAFT);
        assertThat(change.fromStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.IN_GRADING);
        assertThat(change.fromTotal()).isNull();
        assertThat(change.toTotal()).isEqualByComparingTo("1");
        assertThat(change.fromScores()).isNull();
        assertThat(change.toScores()).isEqualTo("a=1");
        assertThat(change.changedAt()).isEqualTo(GRADED);
        assertThat(change.changedBy()).isEqualTo(TRAINER);
    }

    @Test
    void aDraftGradeWithoutLevelsHasNoTotal() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.SAVE_DRAFT, Map.of(), BigDecimal.ZERO, false, "<p>So far</p>", GRADED, TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.IN_GRADING);
        assertThat(cut.total()).isNull();
        assertThat(cut.scores()).isEmpty();
        assertThat(cut.feedbackHtml()).isEqualTo("<p>So far</p>");
        assertThat(change.toScores()).isNull();
    }

    @Test
    void markingGradedNeedsEveryCriterion() {
        Submission cut = submitted();

        assertRefused(() -> cut.grade(GradeAction.MARK_GRADED, HALF, d("1"), false, "<p>Ok</p>", GRADED, TRAINER),
                InvalidInputException.class, "error.grade.incomplete");

        assertThat(cut.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(cut.scores()).isEmpty();
        assertThat(cut.total()).isNull();
        assertThat(cut.gradedAt()).isNull();
    }

    @Test
    void releasingNeedsEveryCriterion() {
        Submission cut = submitted();
        cut.grade(GradeAction.SAVE_DRAFT, HALF, d("1"), false, null, GRADED, TRAINER);

        assertRefused(() -> cut.grade(GradeAction.RELEASE, HALF, d("1"), false, "<p>Ok</p>", LATER, TRAINER),
                InvalidInputException.class, "error.grade.incomplete");

        assertThat(cut.status()).isEqualTo(SubmissionStatus.IN_GRADING);
        assertThat(cut.releasedAt()).isNull();
        assertThat(cut.gradedAt()).isEqualTo(GRADED);
    }

    @Test
    void markingGradedKeepsTheGradeHidden() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.MARK_GRADED, FULL, d("3.5"), true, "<p>Fine</p>", GRADED, TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(cut.status().feedbackVisible()).isFalse();
        assertThat(cut.releasedAt()).isNull();
        assertThat(cut.total()).isEqualByComparingTo("3.5");
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(change.toScores()).isEqualTo("a=1; b=2.5");
    }

    @Test
    void releasingShowsTheGradeAndRecordsTheChange() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.RELEASE, FULL, d("3.5"), true, "<p>Good</p>", GRADED, TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(cut.releasedAt()).isEqualTo(GRADED);
        assertThat(cut.gradedAt()).isEqualTo(GRADED);
        assertThat(cut.gradedBy()).isEqualTo(TRAINER);
        assertThat(cut.total()).isEqualByComparingTo("3.5");
        assertThat(cut.scores()).containsOnly(entry("a", d("1")), entry("b", d("2.5")));
        assertThat(cut.feedbackHtml()).isEqualTo("<p>Good</p>");

        assertThat(change.submissionId()).isNull();
        assertThat(change.action()).isEqualTo(GradeAction.RELEASE);
        assertThat(change.fromStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(change.fromTotal()).isNull();
        assertThat(change.toTotal()).isEqualByComparingTo("3.5");
        assertThat(change.fromScores()).isNull();
        assertThat(change.toScores()).isEqualTo("a=1; b=2.5");
    }

    @Test
    void scoresAreDescribedInCriterionOrderWithoutTrailingZeros() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.SAVE_DRAFT,
                Map.of("evidence", d("12.50"), "clarity", d("10.00"), "attention", d("0.00")), d("22.50"), true, null, GRADED,
                TRAINER);

        assertThat(change.toScores()).isEqualTo("attention=0; clarity=10; evidence=12.5");
    }

    @Test
    void aLongScoreDescriptionIsCutTo2000Characters() {
        Map<String, BigDecimal> many = new java.util.TreeMap<>();
        for (int i = 0; i < 300; i++) {
            many.put("criterion-%03d".formatted(i), d("12.5"));
        }
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.SAVE_DRAFT, many, d("3750"), true, null, GRADED, TRAINER);

        assertThat(change.toScores()).hasSize(2000).startsWith("criterion-000=12.5; criterion-001=12.5; ");
        assertThat(cut.scores()).hasSize(300);
    }

    @Test
    void aReturnNeedsFeedback() {
        Submission cut = submitted();

        assertRefused(() -> cut.grade(GradeAction.RETURN, FULL, d("3.5"), true, null, GRADED, TRAINER),
                InvalidInputException.class, "error.grade.feedbackRequired");
        assertRefused(() -> cut.grade(GradeAction.RETURN, FULL, d("3.5"), true, "   ", GRADED, TRAINER),
                InvalidInputException.class, "error.grade.feedbackRequired");

        assertThat(cut.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(cut.feedbackHtml()).isNull();
    }

    @Test
    void aReturnWithFeedbackNeedsNoCompleteRubricAndEndsGrading() {
        Submission cut = submitted();

        GradeChange change = cut.grade(GradeAction.RETURN, Map.of(), BigDecimal.ZERO, false, "<p>Please add the budget</p>",
                GRADED, TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(cut.status().feedbackVisible()).isTrue();
        assertThat(cut.feedbackHtml()).isEqualTo("<p>Please add the budget</p>");
        assertThat(cut.total()).isNull();
        assertThat(change.fromStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.RETURNED);

        for (GradeAction action : GradeAction.values()) {
            assertRefused(() -> cut.grade(action, FULL, d("3.5"), true, "<p>More</p>", LATER, TRAINER),
                    ConflictException.class, "error.grade.notGradable");
        }
        assertThat(cut.status()).isEqualTo(SubmissionStatus.RETURNED);
    }

    @Test
    void feedbackIsLimitedInLength() {
        Submission cut = submitted();

        assertRefused(() -> cut.grade(GradeAction.SAVE_DRAFT, HALF, d("1"), false, "x".repeat(Submission.MAX_TEXT + 1), GRADED,
                TRAINER), InvalidInputException.class, "error.submission.textTooLong");
        assertThat(cut.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void blankFeedbackIsNoFeedback() {
        Submission cut = submitted();
        cut.grade(GradeAction.SAVE_DRAFT, HALF, d("1"), false, "<p>Draft note</p>", GRADED, TRAINER);

        cut.grade(GradeAction.MARK_GRADED, FULL, d("3.5"), true, "  ", LATER, TRAINER);

        assertThat(cut.feedbackHtml()).isNull();
    }

    @Test
    void aReleasedGradeCanOnlyBeReleasedAgain() {
        Submission cut = released();

        assertRefused(() -> cut.grade(GradeAction.SAVE_DRAFT, FULL, d("3.5"), true, "<p>x</p>", LATER, TRAINER),
                ConflictException.class, "error.grade.alreadyReleased");
        assertRefused(() -> cut.grade(GradeAction.MARK_GRADED, FULL, d("3.5"), true, "<p>x</p>", LATER, TRAINER),
                ConflictException.class, "error.grade.alreadyReleased");
        assertRefused(() -> cut.grade(GradeAction.RETURN, FULL, d("3.5"), true, "<p>x</p>", LATER, TRAINER),
                ConflictException.class, "error.grade.alreadyReleased");
        assertRefused(() -> cut.grade(GradeAction.RELEASE, HALF, d("1"), false, "<p>x</p>", LATER, TRAINER),
                InvalidInputException.class, "error.grade.incomplete");

        assertThat(cut.status()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(cut.total()).isEqualByComparingTo("3.5");
        assertThat(cut.feedbackHtml()).isEqualTo("<p>Good</p>");
        assertThat(cut.releasedAt()).isEqualTo(GRADED);
    }

    @Test
    void aCorrectedReleaseRecordsTheOldAndTheNewGrade() {
        Submission cut = released();

        GradeChange change = cut.grade(GradeAction.RELEASE, Map.of("a", d("0.5"), "b", d("10")), d("10.5"), true,
                "<p>Corrected</p>", LATER, OTHER_TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(cut.total()).isEqualByComparingTo("10.5");
        assertThat(cut.releasedAt()).isEqualTo(LATER);
        assertThat(cut.gradedBy()).isEqualTo(OTHER_TRAINER);
        assertThat(cut.feedbackHtml()).isEqualTo("<p>Corrected</p>");

        assertThat(change.fromStatus()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(change.fromTotal()).isEqualByComparingTo("3.5");
        assertThat(change.toTotal()).isEqualByComparingTo("10.5");
        assertThat(change.fromScores()).isEqualTo("a=1; b=2.5");
        assertThat(change.toScores()).isEqualTo("a=0.5; b=10");
        assertThat(change.changedBy()).isEqualTo(OTHER_TRAINER);
    }

    @Test
    void theScoresShownCannotChangeTheSubmission() {
        Submission cut = released();

        assertThatThrownBy(() -> cut.scores().put("c", BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cut.scores()).containsOnlyKeys("a", "b");
    }

    // --- releasing in bulk

    @Test
    void aGradedSubmissionIsReleased() {
        Submission cut = submitted();
        cut.grade(GradeAction.MARK_GRADED, FULL, d("3.5"), true, "<p>Fine</p>", GRADED, TRAINER);

        GradeChange change = cut.release(LATER, OTHER_TRAINER);

        assertThat(cut.status()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(cut.releasedAt()).isEqualTo(LATER);
        assertThat(cut.total()).isEqualByComparingTo("3.5");
        assertThat(cut.gradedBy()).isEqualTo(TRAINER);
        assertThat(cut.feedbackHtml()).isEqualTo("<p>Fine</p>");

        assertThat(change.action()).isEqualTo(GradeAction.RELEASE);
        assertThat(change.fromStatus()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(change.toStatus()).isEqualTo(SubmissionStatus.RELEASED);
        assertThat(change.fromTotal()).isEqualByComparingTo("3.5");
        assertThat(change.toTotal()).isEqualByComparingTo("3.5");
        assertThat(change.fromScores()).isEqualTo("a=1; b=2.5");
        assertThat(change.toScores()).isEqualTo("a=1; b=2.5");
        assertThat(change.changedAt()).isEqualTo(LATER);
        assertThat(change.changedBy()).isEqualTo(OTHER_TRAINER);
    }

    @Test
    void onlyAGradedSubmissionIsReleasedInBulk() {
        Submission draft = draft();
        Submission submitted = submitted();
        Submission inGrading = submitted();
        inGrading.grade(GradeAction.SAVE_DRAFT, FULL, d("3.5"), true, null, GRADED, TRAINER);
        Submission returned = submitted();
        returned.grade(GradeAction.RETURN, FULL, d("3.5"), true, "<p>Again</p>", GRADED, TRAINER);
        Submission released = released();

        for (Submission s : List.of(draft, submitted, inGrading, returned, released)) {
            SubmissionStatus before = s.status();
            assertRefused(() -> s.release(LATER, TRAINER), ConflictException.class, "error.grade.notGradable");
            assertThat(s.status()).isEqualTo(before);
        }
        assertThat(released.releasedAt()).isEqualTo(GRADED);
        assertThat(inGrading.releasedAt()).isNull();
    }

    // --- passing

    @Test
    void aReleasedGradeAtOrAboveThePassMarkPasses() {
        Submission cut = submitted();
        cut.grade(GradeAction.RELEASE, Map.of("a", d("15.00")), d("15.00"), true, null, GRADED, TRAINER);

        assertThat(cut.passed(d("15"))).isTrue();
        assertThat(cut.passed(d("14.99"))).isTrue();
        assertThat(cut.passed(d("15.01"))).isFalse();
        assertThat(cut.passed(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void aGradeNotReleasedNeverPasses() {
        Submission graded = submitted();
        graded.grade(GradeAction.MARK_GRADED, Map.of("a", d("20")), d("20"), true, null, GRADED, TRAINER);
        Submission inGrading = submitted();
        inGrading.grade(GradeAction.SAVE_DRAFT, Map.of("a", d("20")), d("20"), true, null, GRADED, TRAINER);
        Submission returned = submitted();
        returned.grade(GradeAction.RETURN, Map.of("a", d("20")), d("20"), true, "<p>Redo</p>", GRADED, TRAINER);

        assertThat(submitted().passed(BigDecimal.ZERO)).isFalse();
        assertThat(draft().passed(BigDecimal.ZERO)).isFalse();
        assertThat(graded.passed(d("10"))).isFalse();
        assertThat(inGrading.passed(d("10"))).isFalse();
        assertThat(returned.passed(d("10"))).isFalse();

        graded.release(LATER, TRAINER);
        assertThat(graded.passed(d("10"))).isTrue();
    }
}
