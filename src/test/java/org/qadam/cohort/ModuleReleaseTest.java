package org.qadam.cohort;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleReleaseTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate OPENS = LocalDate.of(2027, 3, 1);

    @Test
    void aDatedReleaseOpensOnItsDateWhateverTheLearnerHasDone() {
        ModuleRelease cut = ModuleRelease.onDate("m1", 1, OPENS);

        assertThat(cut.isOpen(OPENS.minusDays(1), true, START)).isFalse();
        assertThat(cut.isOpen(OPENS, false, START)).isTrue();
        assertThat(cut.isOpen(OPENS.plusDays(1), false, START)).isTrue();
        assertThat(cut.opensOn(START)).isEqualTo(OPENS);
        assertThat(cut.opensOn()).isEqualTo(OPENS);
        assertThat(cut.onCompletion()).isFalse();
        assertThat(cut.moduleId()).isEqualTo("m1");
        assertThat(cut.position()).isEqualTo(1);
    }

    @Test
    void theFirstModuleOnCompletionOpensOnTheCohortStartDate() {
        ModuleRelease cut = ModuleRelease.onCompletionOfPrevious("m0", 0);

        assertThat(cut.isOpen(START.minusDays(1), false, START)).isFalse();
        assertThat(cut.isOpen(START, false, START)).isTrue();
        assertThat(cut.isOpen(START.plusDays(30), false, START)).isTrue();
        assertThat(cut.opensOn(START)).isEqualTo(START);
        assertThat(cut.opensOn()).isNull();
        assertThat(cut.onCompletion()).isTrue();
    }

    @Test
    void aLaterModuleOnCompletionOpensOnceThePreviousIsCompleted() {
        ModuleRelease cut = ModuleRelease.onCompletionOfPrevious("m2", 2);

        assertThat(cut.isOpen(START.plusDays(30), false, START)).isFalse();
        assertThat(cut.isOpen(START.plusDays(30), true, START)).isTrue();
        assertThat(cut.opensOn(START)).isNull();
    }

    @Test
    void aReleaseNamesItsModule() {
        assertThatThrownBy(() -> ModuleRelease.onDate(null, 0, OPENS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ModuleRelease.onCompletionOfPrevious(null, 0))
                .isInstanceOf(NullPointerException.class);
    }
}
