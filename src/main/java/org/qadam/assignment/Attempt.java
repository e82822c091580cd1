package org.qadam.assignment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt as a page shows it. For a learner, the levels, total and feedback are filled in only once
 * they may see them (feedback when returned or released, the grade when released).
 */
public record Attempt(long id, int number, SubmissionStatus status, String textHtml, boolean late, Instant savedAt,
                      Instant submittedAt, String submittedBy, List<FileRow> files, List<FileRow> feedbackFiles,
                      Map<String, BigDecimal> scores, BigDecimal total, String feedbackHtml, long version)
        implements Serializable {

    /** A stored file as a page lists it: a link to {@code /files/{id}}. */
    public record FileRow(long id, String name, String mediaType, long size, boolean viewable) implements Serializable {
    }

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }

    public boolean hasGrade() {
        return total != null;
    }
}
