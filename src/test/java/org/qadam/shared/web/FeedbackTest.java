package org.qadam.shared.web;

import org.junit.jupiter.api.Test;
import org.qadam.enrolment.EnrolmentStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages with their values as the reader reads them: a status, a day and a list in the reader's language. */
class FeedbackTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale UZ = Locale.forLanguageTag("uz");

    @Test
    void aStatusInAMessageIsInTheReadersLanguage() {
        assertThat(Feedback.text(RU, "error.enrolment.wrongStatus", EnrolmentStatus.WITHDRAWN.label()))
                .isEqualTo("Сейчас это сделать нельзя: статус — Отчислен.");
        assertThat(Feedback.text(UZ, "error.enrolment.wrongStatus", EnrolmentStatus.WITHDRAWN.label()))
                .isEqualTo("Buni hozir bajarib boʻlmaydi: holat — Chiqarilgan.");
        assertThat(Feedback.text(Locale.ENGLISH, "error.enrolment.wrongStatus", EnrolmentStatus.COMPLETED.label()))
                .isEqualTo("This cannot be done now: the status is Completed.");
    }

    @Test
    void aDayInAMessageIsWrittenInTheReadersLanguageNotAsIso() {
        LocalDate cutOff = LocalDate.of(2027, 3, 15);
        assertThat(Feedback.text(RU, "error.submission.cutOffPassed", cutOff)).contains("15 марта 2027").doesNotContain("2027-03-15");
        assertThat(Feedback.text(UZ, "error.submission.cutOffPassed", cutOff)).contains("mart").doesNotContain("2027-03-15");
    }

    @Test
    void aListInAMessageIsWrittenAsWordsWithCommas() {
        assertThat(Feedback.text(Locale.ENGLISH, "catalogue.filesValue", 2, 10, List.of("pdf", "docx")))
                .isEqualTo("up to 2 files of up to 10 MB: pdf, docx");
        assertThat(Feedback.text(Locale.ENGLISH, "catalogue.filesValue", 1, 10, List.of("pdf")))
                .isEqualTo("up to 1 file of up to 10 MB: pdf");
        assertThat(Feedback.text(RU, "catalogue.filesValue", 1, 10, List.of("pdf")))
                .isEqualTo("не более 1 шт., каждый до 10 МБ: pdf");
    }
}
