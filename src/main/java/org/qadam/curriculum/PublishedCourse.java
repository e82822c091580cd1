package org.qadam.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One imported version of a course as pages read it: texts per language code, lessons and briefs
 * already rendered to safe HTML, templates kept as Markdown for download. Stored as one JSON document
 * per version and never changed afterwards, so a cohort that keeps an older version keeps exactly what
 * it had.
 */
public record PublishedCourse(String code, int number, Map<String, String> title, Map<String, String> description,
                              Map<String, String> audience, List<PublishedModule> modules, Integer attendancePercent,
                              String certificateIssue, Map<String, String> certificateWording,
                              Integer attendanceSessions, List<PublishedSignatory> signatories) implements java.io.Serializable {

    /** Who signs the certificate: names and titles per language, and optional image names (served per version). */
    public record PublishedSignatory(Map<String, String> name, Map<String, String> title, String signature, String logo)
            implements java.io.Serializable {
    }

    /** The certificate's signatories; none for versions imported before they were kept. */
    public List<PublishedSignatory> certificateSignatories() {
        return signatories == null ? List.of() : signatories;
    }

    public record PublishedModule(String id, Map<String, String> title, Map<String, String> summary,
                                  List<PublishedLesson> lessons, List<PublishedAssignment> assignments) implements java.io.Serializable {
    }

    public record PublishedLesson(String id, Map<String, String> title, List<Integer> crc, Map<String, String> html) implements java.io.Serializable {
    }

    public record PublishedAssignment(String id, Map<String, String> title, Map<String, String> briefHtml,
                                      Map<String, String> templateMarkdown, String submission, int dueDays,
                                      int cutOffDays, List<String> fileTypes, int maxFileSizeMb, int maxFiles,
                                      int attempts, BigDecimal points, BigDecimal passMark, List<Integer> crc,
                                      List<PublishedCriterion> rubric) implements java.io.Serializable {

        /** Handed in once for the whole NGO team, rather than by each learner. */
        public boolean isTeam() {
            return "TEAM".equalsIgnoreCase(submission);
        }

        /** The file types accepted, as a page lists them: "pdf, docx". */
        public String fileTypesListed() {
            return String.join(", ", fileTypes);
        }
    }

    public record PublishedCriterion(String id, Map<String, String> title, List<Integer> crc,
                                     List<PublishedLevel> levels) implements java.io.Serializable {
    }

    public record PublishedLevel(BigDecimal points, Map<String, String> description) implements java.io.Serializable {
    }
}
