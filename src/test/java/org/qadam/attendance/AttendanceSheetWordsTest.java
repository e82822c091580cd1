package org.qadam.attendance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a paper attendance sheet may use, in the three languages, read as statuses. */
class AttendanceSheetWordsTest {

    @Test
    void codesAndWordsInEachLanguageAreRead() {
        assertThat(TrainingSessions.statusOf(" Present ")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(TrainingSessions.statusOf("LATE")).isEqualTo(AttendanceStatus.LATE);
        assertThat(TrainingSessions.statusOf("excused")).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(TrainingSessions.statusOf("absent")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(TrainingSessions.statusOf("Присутствовал")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(TrainingSessions.statusOf("присутствовала")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(TrainingSessions.statusOf("опоздала")).isEqualTo(AttendanceStatus.LATE);
        assertThat(TrainingSessions.statusOf("Отсутствовала")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(TrainingSessions.statusOf("qatnashdi")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(TrainingSessions.statusOf("Kechikdi")).isEqualTo(AttendanceStatus.LATE);
        assertThat(TrainingSessions.statusOf("sababli")).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(TrainingSessions.statusOf("Qatnashmadi")).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void anythingElseIsNoStatus() {
        assertThat(TrainingSessions.statusOf("")).isNull();
        assertThat(TrainingSessions.statusOf(null)).isNull();
        assertThat(TrainingSessions.statusOf("maybe")).isNull();
        assertThat(TrainingSessions.statusOf("присутствовало")).isNull();
    }
}
