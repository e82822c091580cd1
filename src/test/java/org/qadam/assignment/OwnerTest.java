package org.qadam.assignment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.qadam.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnerTest {

    @Test
    void aLearnerOwnsAnIndividualAssignment() {
        Owner cut = Owner.of(false, 12, 7L);

        assertThat(cut.enrolmentId()).isEqualTo(12L);
        assertThat(cut.teamId()).isNull();
        assertThat(cut.isTeam()).isFalse();
        assertThat(cut.key()).isEqualTo("E12");
    }

    @Test
    void theTeamOwnsATeamAssignment() {
        Owner cut = Owner.of(true, 12, 7L);

        assertThat(cut.enrolmentId()).isNull();
        assertThat(cut.teamId()).isEqualTo(7L);
        assertThat(cut.isTeam()).isTrue();
        assertThat(cut.key()).isEqualTo("T7");
    }

    @Test
    void aLearnerWithoutATeamOwnsATeamAssignmentThemselves() {
        Owner cut = Owner.of(true, 12, null);

        assertThat(cut).isEqualTo(new Owner(12L, null));
        assertThat(cut.key()).isEqualTo("E12");
    }

    @Test
    void keysParseBackToTheirOwners() {
        assertThat(Owner.parse("E12")).isEqualTo(new Owner(12L, null));
        assertThat(Owner.parse("T7")).isEqualTo(new Owner(null, 7L));
        assertThat(Owner.parse("E9223372036854775807")).isEqualTo(new Owner(Long.MAX_VALUE, null));
    }

    @Test
    void keyAndParseRoundTrip() {
        for (Owner owner : new Owner[] {Owner.of(false, 1, null), Owner.of(true, 1, 99L), Owner.of(false, 123_456_789_012L, 5L)}) {
            assertThat(Owner.parse(owner.key())).isEqualTo(owner);
            assertThat(Owner.parse(owner.key()).key()).isEqualTo(owner.key());
        }
        assertThat(Owner.parse("E12").key()).isEqualTo("E12");
        assertThat(Owner.parse("T7").key()).isEqualTo("T7");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"E", "T", "X12", "e12", "t7", "12", "E12x", "Eabc", " E12", "E 12", "E12 ", "T7.0",
            "E99999999999999999999", "ET7", "TE12"})
    void junkKeysAreNotFound(String key) {
        assertThatThrownBy(() -> Owner.parse(key))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
    }
}
