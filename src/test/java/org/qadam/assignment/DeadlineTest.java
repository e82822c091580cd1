package org.qadam.assignment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {

    private static final LocalDate OPENED = LocalDate.of(2027, 3, 1);

    @Test
    void theCourseDayCountsRunFromTheDayTheModuleOpened() {
        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, null);

        assertThat(cut.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.cutOffOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(cut.extendedUntil()).isNull();
        assertThat(cut.effectiveDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.effectiveCutOff()).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void aCutOffShorterThanTheDueDaysIsTheDueDate() {
        Deadline cut = Deadline.of(OPENED, 14, 7, null, null, null);

        assertThat(cut.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.cutOffOn()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void zeroDaysMeansTheOpeningDayItself() {
        Deadline cut = Deadline.of(OPENED, 0, 0, null, null, null);

        assertThat(cut.dueOn()).isEqualTo(OPENED);
        assertThat(cut.cutOffOn()).isEqualTo(OPENED);
        assertThat(cut.isLate(OPENED)).isFalse();
        assertThat(cut.isClosed(OPENED)).isFalse();
        assertThat(cut.isLate(OPENED.plusDays(1))).isTrue();
        assertThat(cut.isClosed(OPENED.plusDays(1))).isTrue();
    }

    @Test
    void dayCountsCrossMonthAndLeapDayBoundaries() {
        Deadline cut = Deadline.of(LocalDate.of(2028, 2, 20), 10, 40, null, null, null);

        assertThat(cut.dueOn()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(cut.cutOffOn()).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void theCohortsOwnDatesReplaceTheCourseDayCounts() {
        LocalDate due = LocalDate.of(2027, 4, 10);
        LocalDate cutOff = LocalDate.of(2027, 4, 20);

        Deadline cut = Deadline.of(OPENED, 14, 21, due, cutOff, null);

        assertThat(cut.dueOn()).isEqualTo(due);
        assertThat(cut.cutOffOn()).isEqualTo(cutOff);
    }

    @Test
    void theCohortsOwnDatesHoldEvenBeforeTheModuleHasAnOpeningDay() {
        LocalDate due = LocalDate.of(2027, 4, 10);
        LocalDate cutOff = LocalDate.of(2027, 4, 20);

        Deadline cut = Deadline.of(null, 14, 21, due, cutOff, null);

        assertThat(cut.dueOn()).isEqualTo(due);
        assertThat(cut.cutOffOn()).isEqualTo(cutOff);
    }

    @Test
    void halfACohortOverrideFallsBackToTheCourseDayCounts() {
        Deadline onlyDue = Deadline.of(OPENED, 14, 21, LocalDate.of(2027, 5, 1), null, null);
        Deadline onlyCutOff = Deadline.of(OPENED, 14, 21, null, LocalDate.of(2027, 5, 1), null);

        assertThat(onlyDue.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(onlyDue.cutOffOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(onlyCutOff.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(onlyCutOff.cutOffOn()).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void aModuleNotYetOpenHasNoDatesAndIsNeverLateOrClosed() {
        Deadline cut = Deadline.of(null, 14, 21, null, null, null);

        assertThat(cut.dueOn()).isNull();
        assertThat(cut.cutOffOn()).isNull();
        assertThat(cut.effectiveDue()).isNull();
        assertThat(cut.effectiveCutOff()).isNull();
        assertThat(cut.isLate(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(cut.isClosed(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void lateAndClosedStartTheDayAfterTheirDates() {
        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, null);
        LocalDate due = LocalDate.of(2027, 3, 15);
        LocalDate cutOff = LocalDate.of(2027, 3, 22);

        assertThat(cut.isLate(OPENED)).isFalse();
        assertThat(cut.isLate(due.minusDays(1))).isFalse();
        assertThat(cut.isLate(due)).isFalse();
        assertThat(cut.isLate(due.plusDays(1))).isTrue();

        assertThat(cut.isClosed(due.plusDays(1))).isFalse();
        assertThat(cut.isClosed(cutOff)).isFalse();
        assertThat(cut.isClosed(cutOff.plusDays(1))).isTrue();
        assertThat(cut.isLate(cutOff.plusDays(1))).isTrue();
    }

    @Test
    void anExtensionBeyondBothDatesMovesBoth() {
        LocalDate extension = LocalDate.of(2027, 4, 5);

        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, extension);

        assertThat(cut.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.cutOffOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(cut.extendedUntil()).isEqualTo(extension);
        assertThat(cut.effectiveDue()).isEqualTo(extension);
        assertThat(cut.effectiveCutOff()).isEqualTo(extension);
        assertThat(cut.isLate(extension)).isFalse();
        assertThat(cut.isClosed(extension)).isFalse();
        assertThat(cut.isLate(extension.plusDays(1))).isTrue();
        assertThat(cut.isClosed(extension.plusDays(1))).isTrue();
    }

    @Test
    void anExtensionBetweenTheDatesMovesOnlyTheDueDate() {
        LocalDate extension = LocalDate.of(2027, 3, 18);

        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, extension);

        assertThat(cut.effectiveDue()).isEqualTo(extension);
        assertThat(cut.effectiveCutOff()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(cut.isLate(LocalDate.of(2027, 3, 18))).isFalse();
        assertThat(cut.isLate(LocalDate.of(2027, 3, 19))).isTrue();
        assertThat(cut.isClosed(LocalDate.of(2027, 3, 22))).isFalse();
    }

    @Test
    void anExtensionEarlierThanTheDatesNeverShortensThem() {
        LocalDate extension = LocalDate.of(2027, 3, 5);

        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, extension);

        assertThat(cut.effectiveDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.effectiveCutOff()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(cut.isLate(LocalDate.of(2027, 3, 10))).isFalse();
    }

    @Test
    void anExtensionOnTheDueDateChangesNothing() {
        Deadline cut = Deadline.of(OPENED, 14, 21, null, null, LocalDate.of(2027, 3, 15));

        assertThat(cut.effectiveDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(cut.effectiveCutOff()).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void anExtensionAlsoMovesTheCohortsOwnDates() {
        LocalDate extension = LocalDate.of(2027, 5, 1);

        Deadline cut = Deadline.of(OPENED, 14, 21, LocalDate.of(2027, 4, 10), LocalDate.of(2027, 4, 20), extension);

        assertThat(cut.effectiveDue()).isEqualTo(extension);
        assertThat(cut.effectiveCutOff()).isEqualTo(extension);
        assertThat(cut.isClosed(LocalDate.of(2027, 4, 30))).isFalse();
    }

    @Test
    void anExtensionGivesDatesEvenWhenTheModuleHasNotOpened() {
        LocalDate extension = LocalDate.of(2027, 5, 1);

        Deadline cut = Deadline.of(null, 14, 21, null, null, extension);

        assertThat(cut.dueOn()).isNull();
        assertThat(cut.effectiveDue()).isEqualTo(extension);
        assertThat(cut.effectiveCutOff()).isEqualTo(extension);
        assertThat(cut.isLate(extension)).isFalse();
        assertThat(cut.isLate(extension.plusDays(1))).isTrue();
        assertThat(cut.isClosed(extension.plusDays(1))).isTrue();
    }
}
