package org.qadam.assignment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One handed-in attempt in the grading queue. */
public record QueueRow(long id, long cohortId, String cohortName, String assignmentId, Map<String, String> assignmentTitle,
                       String owner, boolean team, String organisation, org.qadam.shared.i18n.LocalizedText region, int attempt,
                       SubmissionStatus status, boolean late, Instant submittedAt, BigDecimal total, BigDecimal points)
        implements Serializable {
}
