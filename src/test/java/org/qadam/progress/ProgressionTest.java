package org.qadam.progress;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qadam.cohort.ModuleRelease;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedLesson;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.progress.Progression.AttendanceRule;
import org.qadam.progress.Progression.ModuleView;
import org.qadam.progress.Progression.State;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate M1_OPENS = LocalDate.of(2027, 3, 1);
    private static final LocalDate M2_OPENS = LocalDate.of(2027, 4, 1);

    private static Map<String, String> text(String en) {
        return Map.of("en", en, "ru", en, "uz", en);
    }

    private static PublishedLesson lesson(String id) {
        return new PublishedLesson(id, text(id), List.of(1), text("<p>" + id + "</p>"));
    }

    private static PublishedAssignment assignment(String id) {
        return new PublishedAssignment(id, text(id), text("<p>brief</p>"), text("# template"), "file", 14, 21,
                List.of("pdf"), 10, 1, 2, new BigDecimal("10"), new BigDecimal("6"), List.of(1), List.of());
    }

    private static PublishedModule module(String id, List<String> lessons, List<String> assignments) {
        return new PublishedModule(id, text("Module " + id), text("summary"),
                lessons.stream().map(ProgressionTest::lesson).toList(),
                assignments.stream().map(ProgressionTest::assignment).toList());
    }

    private static PublishedCourse course(Integer percent, Integer sessions) {
        return new PublishedCourse("ngo-cycle", 1, text("NGO cycle"), text("d"), text("a"),
                List.of(module("m0", List.of("l0a", "l0b"), List.of("a0")),
                        module("m1", List.of("l1a", "l1b", "l1c"), List.of()),
                        module("m2", List.of("l2a"), List.of("a2"))),
                percent, "manual", text("wording"), sessions, List.of());
    }

    private static final PublishedCourse COURSE = course(null, null);

    private static final List<ModuleRelease> BY_DATE = List.of(
            ModuleRelease.onDate("m0", 0, START),
            ModuleRelease.onDate("m1", 1, M1_OPENS),
            ModuleRelease.onDate("m2", 2, M2_OPENS));

    private static final List<ModuleRelease> ON_COMPLETION = List.of(
            ModuleRelease.onCompletionOfPrevious("m0", 0),
            ModuleRelease.onCompletionOfPrevious("m1", 1),
            ModuleRelease.onCompletionOfPrevious("m2", 2));

    private static List<State> states(List<ModuleRelease> releases, LocalDate today, Set<String> completed) {
        return Progression.modules(COURSE, releases, START, today, completed, Set.of()).stream()
                .map(ModuleView::state).toList();
    }

    @Nested
    class ReleasedOnDates {

        @Test
        void aModuleIsClosedBeforeItsDateAndOpenOnAndAfterIt() {
            assertThat(states(BY_DATE, M1_OPENS.minusDays(1), Set.of()))
                    .containsExactly(State.OPEN, State.CLOSED, State.CLOSED);
            assertThat(states(BY_DATE, M1_OPENS, Set.of()))
                    .containsExactly(State.OPEN, State.OPEN, State.CLOSED);
            assertThat(states(BY_DATE, M1_OPENS.plusDays(1), Set.of()))
                    .containsExactly(State.OPEN, State.OPEN, State.CLOSED);
            assertThat(states(BY_DATE, M2_OPENS, Set.of()))
                    .containsExactly(State.OPEN, State.OPEN, State.OPEN);
        }

        @Test
        void beforeTheCohortStartsEvenTheFirstModuleIsClosed() {
            assertThat(states(BY_DATE, START.minusDays(1), Set.of()))
                    .containsExactly(State.CLOSED, State.CLOSED, State.CLOSED);
        }

        @Test
        void aDatedModuleOpensWithoutThePreviousOneBeingCompleted() {
            assertThat(states(BY_DATE, M2_OPENS, Set.of("m0")))
                    .containsExactly(State.COMPLETED, State.OPEN, State.OPEN);
        }

        @Test
        void aCompletedModuleIsShownCompleted() {
            assertThat(states(BY_DATE, M2_OPENS, Set.of("m0", "m1", "m2")))
                    .containsExactly(State.COMPLETED, State.COMPLETED, State.COMPLETED);
        }

        @Test
        void theViewSaysWhenEachModuleOpensAndThatNoneWaitsForThePreviousOne() {
            List<ModuleView> views = Progression.modules(COURSE, BY_DATE, START, START, Set.of(), Set.of());

            assertThat(views).extracting(ModuleView::opensOn).containsExactly(START, M1_OPENS, M2_OPENS);
            assertThat(views).extracting(ModuleView::waitsForPrevious).containsExactly(false, false, false);
            assertThat(views).extracting(ModuleView::id).containsExactly("m0", "m1", "m2");
            assertThat(views).extracting(ModuleView::position).containsExactly(0, 1, 2);
            assertThat(views.get(1).title()).isEqualTo(text("Module m1"));
        }
    }

    @Nested
    class ReleasedOnCompletion {

        @Test
        void theFirstModuleOpensOnTheCohortStartDate() {
            assertThat(states(ON_COMPLETION, START.minusDays(1), Set.of()))
                    .containsExactly(State.CLOSED, State.CLOSED, State.CLOSED);
            assertThat(states(ON_COMPLETION, START, Set.of()))
                    .containsExactly(State.OPEN, State.CLOSED, State.CLOSED);
        }

        @Test
        void laterModulesOpenOnlyOnceThePreviousIsCompleted() {
            LocalDate later = START.plusMonths(6);
            assertThat(states(ON_COMPLETION, later, Set.of()))
                    .containsExactly(State.OPEN, State.CLOSED, State.CLOSED);
            assertThat(states(ON_COMPLETION, later, Set.of("m0")))
                    .containsExactly(State.COMPLETED, State.OPEN, State.CLOSED);
            assertThat(states(ON_COMPLETION, later, Set.of("m0", "m1")))
                    .containsExactly(State.COMPLETED, State.COMPLETED, State.OPEN);
        }

        @Test
        void aModuleWaitsForTheOneRightBeforeItNotForAnyEarlierOne() {
            assertThat(states(ON_COMPLETION, START, Set.of("m0", "m2")))
                    .containsExactly(State.COMPLETED, State.OPEN, State.COMPLETED);
        }

        @Test
        void theViewShowsTheStartDateForTheFirstModuleAndWaitingForTheOthers() {
            List<ModuleView> views = Progression.modules(COURSE, ON_COMPLETION, START, START, Set.of(), Set.of());

            assertThat(views).extracting(ModuleView::opensOn).containsExactly(START, null, null);
            assertThat(views).extracting(ModuleView::waitsForPrevious).containsExactly(false, true, true);
        }

        @Test
        void mixedSchedulesFollowEachModulesOwnRule() {
            List<ModuleRelease> mixed = List.of(
                    ModuleRelease.onCompletionOfPrevious("m0", 0),
                    ModuleRelease.onDate("m1", 1, M1_OPENS),
                    ModuleRelease.onCompletionOfPrevious("m2", 2));

            assertThat(states(mixed, M1_OPENS, Set.of()))
                    .containsExactly(State.OPEN, State.OPEN, State.CLOSED);
            assertThat(states(mixed, M1_OPENS, Set.of("m1")))
                    .containsExactly(State.OPEN, State.COMPLETED, State.OPEN);
        }

        @Test
        void modulesWithoutAMatchingReleaseOpenOnCompletionOfThePreviousOne() {
            List<ModuleView> views = Progression.modules(COURSE, List.of(), START, START, Set.of(), Set.of());

            assertThat(views).extracting(ModuleView::state).containsExactly(State.OPEN, State.CLOSED, State.CLOSED);
            assertThat(views).extracting(ModuleView::waitsForPrevious).containsExactly(false, true, true);

            List<ModuleRelease> otherModules = List.of(
                    ModuleRelease.onDate("x0", 0, START),
                    ModuleRelease.onDate("x1", 1, START),
                    ModuleRelease.onDate("x2", 2, START));
            assertThat(states(otherModules, M2_OPENS, Set.of()))
                    .containsExactly(State.OPEN, State.CLOSED, State.CLOSED);
        }
    }

    @Test
    void theViewCountsLessonsAndTheLessonsDoneInThatModuleOnly() {
        List<ModuleView> views = Progression.modules(COURSE, ON_COMPLETION, START, START, Set.of(),
                Set.of("l0a", "l1a", "l1c", "other"));

        assertThat(views).extracting(ModuleView::lessons).containsExactly(2, 3, 1);
        assertThat(views).extracting(ModuleView::lessonsDone).containsExactly(1, 2, 0);
    }

    @Test
    void completedAndOpenModulesAreOpenToTheLearnerClosedOnesAreNot() {
        List<ModuleView> views = Progression.modules(COURSE, ON_COMPLETION, START, START, Set.of("m0"), Set.of());

        assertThat(views).extracting(ModuleView::isOpen).containsExactly(true, true, false);
    }

    @Nested
    class CompletionOfAModule {

        private final PublishedModule m0 = COURSE.modules().get(0);
        private final PublishedModule m1 = COURSE.modules().get(1);

        @Test
        void completeWhenEveryLessonIsDoneAndEveryAssignmentPassed() {
            assertThat(Progression.isComplete(m0, Set.of("l0a", "l0b"), Set.of("a0"))).isTrue();
        }

        @Test
        void notCompleteWhileALessonIsNotDone() {
            assertThat(Progression.isComplete(m0, Set.of("l0a"), Set.of("a0"))).isFalse();
        }

        @Test
        void notCompleteWhileAnAssignmentIsNotPassed() {
            assertThat(Progression.isComplete(m0, Set.of("l0a", "l0b"), Set.of())).isFalse();
            assertThat(Progression.isComplete(m0, Set.of("l0a", "l0b"), Set.of("a2"))).isFalse();
        }

        @Test
        void aModuleWithoutAssignmentsIsCompleteWithItsLessons() {
            assertThat(Progression.isComplete(m1, Set.of("l1a", "l1b", "l1c"), Set.of())).isTrue();
            assertThat(Progression.isComplete(m1, Set.of("l1a", "l1b"), Set.of())).isFalse();
        }
    }

    @Nested
    class Attendance {

        @Test
        void aPercentRuleCountsSessionsHeldLessExcusedOnes() {
            AttendanceRule rule = new AttendanceRule(75, null);

            // 10 held, 2 excused: 8 count, 6 of them make 75%
            assertThat(rule.isMet(6, 10, 2)).isTrue();
            assertThat(rule.isMet(0, 0, 0, 3)).as("no session held yet but three to come: wait for them").isFalse();
            assertThat(rule.isMet(0, 1, 1, 2)).as("only an excused one held, two to come").isFalse();
            assertThat(rule.isMet(0, 0, 0, 0)).as("no sessions at all").isTrue();
            assertThat(rule.isMet(6, 10, 2, 5)).as("sessions to come do not lower the share").isTrue();
            assertThat(rule.isMet(5, 10, 2)).isFalse();
            // the same 6 of 10 without excuses is only 60%
            assertThat(rule.isMet(6, 10, 0)).isFalse();
            assertThat(rule.isMet(8, 10, 0)).isTrue();
            assertThat(rule.isMet(7, 10, 0)).isFalse();
            // exactly on the line
            assertThat(rule.isMet(3, 4, 0)).isTrue();
        }

        @Test
        void aPercentRuleIsMetWhenNoSessionCounts() {
            AttendanceRule rule = new AttendanceRule(75, null);

            assertThat(rule.isMet(0, 0, 0)).isTrue();
            assertThat(rule.isMet(0, 3, 3)).isTrue();
        }

        @Test
        void aMinimumSessionsRuleCountsSessionsAttended() {
            AttendanceRule rule = new AttendanceRule(null, 5);

            assertThat(rule.isMet(5, 20, 0)).isTrue();
            assertThat(rule.isMet(4, 4, 0)).isFalse();
            assertThat(rule.isMet(0, 0, 0)).isFalse();
        }

        @Test
        void bothRulesMustHoldWhenTheCourseSetsBoth() {
            AttendanceRule rule = new AttendanceRule(75, 5);

            assertThat(rule.isMet(5, 10, 0)).isFalse();
            assertThat(rule.isMet(4, 4, 0)).isFalse();
            assertThat(rule.isMet(8, 10, 0)).isTrue();
        }

        @Test
        void withoutARuleAttendanceIsAlwaysMet() {
            AttendanceRule rule = new AttendanceRule(null, null);

            assertThat(rule.applies()).isFalse();
            assertThat(rule.isMet(0, 10, 0)).isTrue();
        }

        @Test
        void theRuleComesFromTheCourse() {
            assertThat(AttendanceRule.of(course(75, null))).isEqualTo(new AttendanceRule(75, null));
            assertThat(AttendanceRule.of(course(null, 6))).isEqualTo(new AttendanceRule(null, 6));
            assertThat(AttendanceRule.of(course(75, null)).applies()).isTrue();
            assertThat(AttendanceRule.of(course(null, 6)).applies()).isTrue();
            assertThat(AttendanceRule.of(COURSE).applies()).isFalse();
        }
    }
}
