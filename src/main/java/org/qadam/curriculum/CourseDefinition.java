package org.qadam.curriculum;

import java.math.BigDecimal;
import java.util.List;

/** A course as its files define it, once read and found valid. Immutable. */
public record CourseDefinition(String id, int version, Translations title, Translations description,
                               Translations audience, List<Module> modules, Completion completion,
                               Certificate certificate) {

    public record Module(String id, String folder, Translations title, Translations summary,
                         List<Lesson> lessons, List<Assignment> assignments) {
    }

    /** A lesson with its Markdown per language, as written (rendering and sanitising come later). */
    public record Lesson(String id, String file, Translations title, List<Integer> crc, Translations markdown) {
    }

    public enum Submission { TEAM, INDIVIDUAL }

    public record Assignment(String id, Translations title, Translations brief, Translations template,
                             Submission submission, int dueDays, int cutOffDays, List<String> fileTypes,
                             int maxFileSizeMb, int maxFiles, int attempts, BigDecimal points,
                             BigDecimal passMark, List<Integer> crc, List<Criterion> rubric) {
    }

    public record Criterion(String id, Translations title, List<Integer> crc, List<Level> levels) {
    }

    public record Level(BigDecimal points, Translations description) {
    }

    /**
     * All modules must be completed; optionally the face-to-face sessions attended: a share of those held,
     * or a number of them.
     */
    public record Completion(Integer attendancePercent, Integer attendanceSessions) {
    }

    public enum Issuing { AUTOMATIC, ON_APPROVAL }

    public record Certificate(Issuing issue, Translations wording, List<Signatory> signatories) {
    }

    public record Signatory(Translations name, Translations title, String signature, String logo) {
    }
}
