package org.qadam.cohort;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qadam.curriculum.Course;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.organisation.Region;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CohortTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final List<String> MODULES = List.of("m0", "m1", "m2");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private static Cohort cohort() {
        return new Cohort("Cycle", new Course("ngo-cycle"), START, END, Instant.EPOCH, MODULES);
    }

    private static Account account(String name, Set<Role> roles) {
        return new Account(name.toLowerCase() + "@example.org", name, Language.RU, null, roles, HASH, Instant.EPOCH);
    }

    private static Region region(String code) {
        return new Region(code, new LocalizedText(code, code, code));
    }

    /** Records a new imported version of the course, as the curriculum import does (package-private there). */
    private static void importNewVersion(Course course) throws ReflectiveOperationException {
        Method next = Course.class.getDeclaredMethod("nextVersion");
        next.setAccessible(true);
        next.invoke(course);
    }

    private static void assertInvalid(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aCohortNeedsANameAndDatesThatDoNotEndBeforeTheyStart() {
        Cohort cut = new Cohort("  Cycle   2027 ", new Course("ngo-cycle"), START, START.plusYears(1), Instant.EPOCH,
                List.of("m0", "m1"));
        assertThat(cut.name()).isEqualTo("Cycle 2027");

        assertThatThrownBy(() -> cut.rename(" "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.cohort.nameRequired");
        assertThatThrownBy(() -> cut.reschedule(START, START.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.cohort.endsBeforeStart");
        assertThatThrownBy(() -> cut.reschedule(null, START))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cut.endsOn()).isEqualTo(START.plusYears(1));
    }

    @Test
    void aCohortOnTheLatestVersionCannotMove() {
        Cohort cut = new Cohort("Cycle", new Course("ngo-cycle"), START, START, Instant.EPOCH, List.of("m0"));
        assertThatThrownBy(() -> cut.moveToLatestVersion(List.of("m0")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.cohort.onLatestVersion");
    }

    @Test
    void aNewCohortIsOnTheCoursesLatestVersion() throws ReflectiveOperationException {
        Course course = new Course("ngo-cycle");
        importNewVersion(course);
        importNewVersion(course);

        Cohort cut = new Cohort("Cycle", course, START, END, Instant.EPOCH, MODULES);

        assertThat(cut.courseVersion()).isEqualTo(2);
        assertThat(cut.course()).isSameAs(course);
        assertThat(cut.startsOn()).isEqualTo(START);
        assertThat(cut.endsOn()).isEqualTo(END);
        assertThat(cut.capacity()).isNull();
        assertThat(cut.isOpenForRequests()).isFalse();
    }

    @Test
    void byDefaultTheFirstModuleOpensOnTheStartDateAndTheOthersOnCompletion() {
        Cohort cut = cohort();

        assertThat(cut.releases())
                .extracting(ModuleRelease::moduleId, ModuleRelease::position, ModuleRelease::onCompletion)
                .containsExactly(tuple("m0", 0, true), tuple("m1", 1, true), tuple("m2", 2, true));
        assertThat(cut.releases()).extracting(r -> r.opensOn(cut.startsOn())).containsExactly(START, null, null);
        assertThat(cut.releases().get(0).isOpen(START, false, cut.startsOn())).isTrue();
        assertThat(cut.releases().get(0).isOpen(START.minusDays(1), false, cut.startsOn())).isFalse();
        assertThat(cut.releases().get(1).isOpen(START, false, cut.startsOn())).isFalse();
    }

    @Test
    void aCohortMovesToTheLatestVersionKeepingTheDatesOfTheModulesItKeeps() throws ReflectiveOperationException {
        Course course = new Course("ngo-cycle");
        importNewVersion(course);
        Cohort cut = new Cohort("Cycle", course, START, END, Instant.EPOCH, MODULES);
        LocalDate march = LocalDate.of(2027, 3, 1);
        LocalDate april = LocalDate.of(2027, 4, 1);
        cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onDate("m1", 1, march),
                ModuleRelease.onDate("m2", 2, april)));
        importNewVersion(course);

        cut.moveToLatestVersion(List.of("m0", "m2", "new", "m1"));

        assertThat(cut.courseVersion()).isEqualTo(2);
        assertThat(cut.releases())
                .extracting(ModuleRelease::moduleId, ModuleRelease::position, ModuleRelease::onCompletion,
                        ModuleRelease::opensOn)
                .containsExactly(
                        tuple("m0", 0, true, null),
                        tuple("m2", 1, false, april),
                        tuple("new", 2, true, null),
                        tuple("m1", 3, false, march));
        assertThatThrownBy(() -> cut.moveToLatestVersion(List.of("m0")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.cohort.onLatestVersion"));
    }

    @Test
    void capacityIsUnlimitedOrBetweenOneAndTenThousand() {
        Cohort cut = cohort();

        cut.limitTo(1, 0);
        assertThat(cut.capacity()).isEqualTo(1);
        cut.limitTo(Cohort.MAX_CAPACITY, 0);
        assertThat(cut.capacity()).isEqualTo(10_000);
        cut.limitTo(null, 20_000);
        assertThat(cut.capacity()).isNull();

        cut.limitTo(30, 0);
        assertInvalid(() -> cut.limitTo(0, 0), "error.cohort.capacityRange");
        assertInvalid(() -> cut.limitTo(-5, 0), "error.cohort.capacityRange");
        assertInvalid(() -> cut.limitTo(10_001, 0), "error.cohort.capacityRange");
        assertThat(cut.capacity()).isEqualTo(30);
    }

    @Test
    void capacityCannotGoBelowWhoIsInAlready() {
        Cohort cut = cohort();

        assertInvalid(() -> cut.limitTo(5, 6), "error.cohort.capacityBelowEnrolled");
        assertThat(cut.capacity()).isNull();

        cut.limitTo(6, 6);
        assertThat(cut.capacity()).isEqualTo(6);
    }

    @Test
    void roomIsLeftWhileTheNewcomersFitTheCapacity() {
        Cohort cut = cohort();
        assertThat(cut.hasRoomFor(1_000_000, 1_000)).isTrue();

        cut.limitTo(5, 0);
        assertThat(cut.hasRoomFor(4, 1)).isTrue();
        assertThat(cut.hasRoomFor(5, 1)).isFalse();
        assertThat(cut.hasRoomFor(3, 2)).isTrue();
        assertThat(cut.hasRoomFor(3, 3)).isFalse();
        assertThat(cut.hasRoomFor(5, 0)).isTrue();
    }

    @Test
    void aCohortCoversAtLeastOneRegion() {
        Cohort cut = cohort();
        Region tashkent = region("TK");
        Region samarkand = region("SA");
        Region bukhara = region("BU");

        cut.coverRegions(List.of(tashkent, samarkand));
        assertThat(cut.regions()).containsExactlyInAnyOrder(tashkent, samarkand);

        cut.coverRegions(Set.of(bukhara));
        assertThat(cut.regions()).containsExactly(bukhara);

        assertInvalid(() -> cut.coverRegions(List.of()), "error.cohort.regionsRequired");
        assertInvalid(() -> cut.coverRegions(null), "error.cohort.regionsRequired");
        assertThat(cut.regions()).containsExactly(bukhara);
    }

    @Test
    void aCohortIsRunByActiveTrainersOnly() {
        Cohort cut = cohort();
        Account trainer = account("Tom", Set.of(Role.TRAINER));
        Account coordinatorAndTrainer = account("Cem", Set.of(Role.COORDINATOR, Role.TRAINER));
        Account learner = account("Lea", Set.of(Role.LEARNER));
        Account coordinator = account("Cora", Set.of(Role.COORDINATOR));
        Account formerTrainer = account("Fay", Set.of(Role.TRAINER));
        formerTrainer.deactivate();

        cut.runBy(List.of(trainer, coordinatorAndTrainer));
        assertThat(cut.trainers()).containsExactlyInAnyOrder(trainer, coordinatorAndTrainer);

        assertThatThrownBy(() -> cut.runBy(List.of(trainer, learner)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.cohort.notATrainer");
                    assertThat(e.arguments()).containsExactly("Lea");
                });
        assertInvalid(() -> cut.runBy(List.of(coordinator)), "error.cohort.notATrainer");
        assertInvalid(() -> cut.runBy(List.of(formerTrainer)), "error.cohort.notATrainer");
        assertThat(cut.trainers()).containsExactlyInAnyOrder(trainer, coordinatorAndTrainer);

        cut.runBy(List.of(trainer));
        assertThat(cut.trainers()).containsExactly(trainer);
    }

    @Test
    void aCohortOpensAndClosesForRequests() {
        Cohort cut = cohort();

        cut.openForRequests(true);
        assertThat(cut.isOpenForRequests()).isTrue();
        cut.openForRequests(false);
        assertThat(cut.isOpenForRequests()).isFalse();
    }

    @Test
    void aScheduleReplacesTheReleases() {
        Cohort cut = cohort();
        List<ModuleRelease> schedule = List.of(
                ModuleRelease.onDate("m0", 0, START),
                ModuleRelease.onCompletionOfPrevious("m1", 1),
                ModuleRelease.onDate("m2", 2, END));

        cut.releaseModules(schedule);

        assertThat(cut.releases())
                .extracting(ModuleRelease::moduleId, ModuleRelease::onCompletion, ModuleRelease::opensOn)
                .containsExactly(tuple("m0", false, START), tuple("m1", true, null), tuple("m2", false, END));
    }

    @Test
    void aScheduleNamesEveryModuleInTheCoursesOrder() {
        Cohort cut = cohort();

        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onCompletionOfPrevious("m1", 1))), "error.cohort.scheduleIncomplete");
        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onCompletionOfPrevious("m1", 1),
                ModuleRelease.onCompletionOfPrevious("m2", 2),
                ModuleRelease.onCompletionOfPrevious("m3", 3))), "error.cohort.scheduleIncomplete");
        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m1", 0),
                ModuleRelease.onCompletionOfPrevious("m0", 1),
                ModuleRelease.onCompletionOfPrevious("m2", 2))), "error.cohort.scheduleIncomplete");
        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onCompletionOfPrevious("m1", 2),
                ModuleRelease.onCompletionOfPrevious("m2", 1))), "error.cohort.scheduleIncomplete");
        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onCompletionOfPrevious("mX", 1),
                ModuleRelease.onCompletionOfPrevious("m2", 2))), "error.cohort.scheduleIncomplete");
    }

    @Test
    void aReleaseOnADateNeedsTheDate() {
        Cohort cut = cohort();

        assertThatThrownBy(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onDate("m1", 1, null),
                ModuleRelease.onCompletionOfPrevious("m2", 2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.cohort.releaseDateRequired");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void aReleaseDateFallsWithinTheCohortsDates() {
        Cohort cut = cohort();

        assertThatThrownBy(() -> cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onCompletionOfPrevious("m1", 1),
                ModuleRelease.onDate("m2", 2, END.plusDays(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.cohort.releaseOutsideDates");
                    assertThat(e.arguments()).containsExactly(3);
                });
        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onDate("m0", 0, START.minusDays(1)),
                ModuleRelease.onCompletionOfPrevious("m1", 1),
                ModuleRelease.onCompletionOfPrevious("m2", 2))), "error.cohort.releaseOutsideDates");
    }

    @Test
    void aRefusedScheduleLeavesTheOldOneInPlace() {
        Cohort cut = cohort();
        cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onDate("m1", 1, LocalDate.of(2027, 3, 1)),
                ModuleRelease.onCompletionOfPrevious("m2", 2)));

        assertInvalid(() -> cut.releaseModules(List.of(
                ModuleRelease.onDate("m0", 0, START),
                ModuleRelease.onDate("m1", 1, START),
                ModuleRelease.onDate("m2", 2, END.plusDays(1)))), "error.cohort.releaseOutsideDates");

        assertThat(cut.releases()).extracting(ModuleRelease::opensOn)
                .containsExactly(null, LocalDate.of(2027, 3, 1), null);
    }

    @Test
    void reschedulingCannotLeaveAReleaseDateOutsideTheNewDates() {
        Cohort cut = cohort();
        LocalDate march = LocalDate.of(2027, 3, 1);
        cut.releaseModules(List.of(
                ModuleRelease.onCompletionOfPrevious("m0", 0),
                ModuleRelease.onDate("m1", 1, march),
                ModuleRelease.onCompletionOfPrevious("m2", 2)));

        assertThatThrownBy(() -> cut.reschedule(march.plusDays(1), END))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.cohort.releaseOutsideDates");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertInvalid(() -> cut.reschedule(START, march.minusDays(1)), "error.cohort.releaseOutsideDates");
        assertThat(cut.startsOn()).isEqualTo(START);
        assertThat(cut.endsOn()).isEqualTo(END);

        cut.reschedule(march, march);
        assertThat(cut.startsOn()).isEqualTo(march);
        assertThat(cut.endsOn()).isEqualTo(march);
    }

    @Test
    void reschedulingIsFreeWhileEveryModuleOpensOnCompletion() {
        Cohort cut = cohort();

        cut.reschedule(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 5, 1));

        assertThat(cut.startsOn()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(cut.releases().get(0).opensOn(cut.startsOn())).isEqualTo(LocalDate.of(2028, 1, 1));
    }
}
