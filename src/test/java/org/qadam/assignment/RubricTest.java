package org.qadam.assignment;

import org.junit.jupiter.api.Test;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedCriterion;
import org.qadam.curriculum.PublishedCourse.PublishedLevel;
import org.qadam.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RubricTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static PublishedLevel level(String points) {
        return new PublishedLevel(d(points), Map.of("en", "level " + points));
    }

    private static PublishedCriterion criterion(String id, String... points) {
        return new PublishedCriterion(id, Map.of("en", id), List.of(1),
                java.util.Arrays.stream(points).map(RubricTest::level).toList());
    }

    private static PublishedAssignment assignment(PublishedCriterion... rubric) {
        return new PublishedAssignment("a1", Map.of("en", "Analysis"), Map.of("en", "<p>Brief</p>"), Map.of(), "INDIVIDUAL",
                14, 21, List.of("pdf", "docx"), 10, 3, 2, d("25"), d("15"), List.of(1), List.of(rubric));
    }

    /** clarity: 0, 5, 10, 12.5; evidence: 0, 0.1, 7.25, 12. */
    private static final PublishedAssignment ANALYSIS = assignment(
            criterion("clarity", "0", "5", "10", "12.5"),
            criterion("evidence", "0", "0.1", "7.25", "12"));

    @Test
    void theTotalIsTheExactDecimalSumOfThePickedLevels() {
        Rubric.Score score = Rubric.score(ANALYSIS, Map.of("clarity", d("12.5"), "evidence", d("0.1")));

        assertThat(score.total()).isEqualByComparingTo("12.6");
        assertThat(score.total().toPlainString()).isEqualTo("12.6");
        assertThat(score.levels()).containsExactly(entry("clarity", d("12.5")), entry("evidence", d("0.1")));
        assertThat(score.complete()).isTrue();
    }

    @Test
    void fractionalLevelsAddUpWithoutBinaryRounding() {
        PublishedAssignment many = assignment(
                criterion("a", "0.1"), criterion("b", "0.2"), criterion("c", "7.25"), criterion("d", "0.05"));

        Rubric.Score score = Rubric.score(many, Map.of("a", d("0.1"), "b", d("0.2"), "c", d("7.25"), "d", d("0.05")));

        assertThat(score.total().toPlainString()).isEqualTo("7.60");
        assertThat(score.total()).isEqualByComparingTo("7.6");
        assertThat(score.total().doubleValue()).isEqualTo(7.6);
    }

    @Test
    void aPickMatchesALevelWrittenWithADifferentScale() {
        Rubric.Score score = Rubric.score(ANALYSIS, Map.of("clarity", d("10.00"), "evidence", d("12.00")));

        assertThat(score.levels()).containsOnlyKeys("clarity", "evidence");
        // the level's own points are kept, not the way the pick was written
        assertThat(score.levels().get("evidence")).isEqualTo(d("12"));
        assertThat(score.levels().get("clarity")).isEqualTo(d("10"));
        assertThat(score.total()).isEqualByComparingTo("22");
        assertThat(score.complete()).isTrue();
    }

    @Test
    void zeroPointsIsAPickAndCountsTowardsCompleteness() {
        Rubric.Score score = Rubric.score(ANALYSIS, Map.of("clarity", d("0"), "evidence", d("0.00")));

        assertThat(score.total()).isEqualByComparingTo("0");
        assertThat(score.levels()).containsOnlyKeys("clarity", "evidence");
        assertThat(score.complete()).isTrue();
    }

    @Test
    void aCriterionWithoutAPickLeavesTheScoreIncomplete() {
        Rubric.Score score = Rubric.score(ANALYSIS, Map.of("clarity", d("5")));

        assertThat(score.levels()).containsOnlyKeys("clarity");
        assertThat(score.total()).isEqualByComparingTo("5");
        assertThat(score.complete()).isFalse();
    }

    @Test
    void aNullPickCountsAsNoPick() {
        Map<String, BigDecimal> picks = new HashMap<>();
        picks.put("clarity", d("12.5"));
        picks.put("evidence", null);

        Rubric.Score score = Rubric.score(ANALYSIS, picks);

        assertThat(score.levels()).containsOnlyKeys("clarity");
        assertThat(score.total()).isEqualByComparingTo("12.5");
        assertThat(score.complete()).isFalse();
    }

    @Test
    void noPicksGiveAZeroIncompleteScore() {
        Rubric.Score score = Rubric.score(ANALYSIS, Map.of());

        assertThat(score.levels()).isEmpty();
        assertThat(score.total()).isEqualByComparingTo("0");
        assertThat(score.complete()).isFalse();
    }

    @Test
    void anAssignmentWithoutARubricIsCompleteWithNothing() {
        Rubric.Score score = Rubric.score(assignment(), Map.of());

        assertThat(score.complete()).isTrue();
        assertThat(score.total()).isEqualByComparingTo("0");
    }

    @Test
    void aPickForACriterionTheRubricDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("clarity", d("5"), "style", d("5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.grade.unknownCriterion");
                    assertThat(e.arguments()).containsExactly("style");
                });
    }

    @Test
    void pointsThatAreNotOneOfTheCriterionsLevelsAreRefused() {
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("clarity", d("11"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.grade.unknownLevel");
                    assertThat(e.arguments()).containsExactly("11", "clarity");
                });
    }

    @Test
    void aLevelOfAnotherCriterionIsNotALevelOfThisOne() {
        // 12 is a level of evidence, not of clarity; 12.5 is a level of clarity, not of evidence
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("clarity", d("12"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.grade.unknownLevel"));
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("evidence", d("12.5"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.grade.unknownLevel"));
    }

    @Test
    void pointsCloseToALevelAreNotThatLevel() {
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("evidence", d("0.10000001"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.grade.unknownLevel"));
        assertThatThrownBy(() -> Rubric.score(ANALYSIS, Map.of("clarity", d("-5"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.grade.unknownLevel"));
    }
}
