package org.qadam.cohort;

import org.junit.jupiter.api.Test;
import org.qadam.curriculum.Course;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.QadamException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CohortTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);

    @Test
    void aCohortNeedsANameAndDatesThatDoNotEndBeforeTheyStart() {
        Cohort cut = new Cohort("  Cycle   2027 ", new Course("ngo-cycle"), START, START.plusYears(1), Instant.EPOCH);
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
        Cohort cut = new Cohort("Cycle", new Course("ngo-cycle"), START, START, Instant.EPOCH);
        assertThatThrownBy(cut::moveToLatestVersion)
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((QadamException) e).messageKey()).isEqualTo("error.cohort.onLatestVersion");
    }
}
