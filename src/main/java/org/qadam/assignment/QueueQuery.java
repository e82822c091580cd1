package org.qadam.assignment;

import java.io.Serializable;

/**
 * The grading queue's filters: a cohort, a status ("late" means handed in after the due date), a region,
 * an NGO (part of its or the team's name), an assignment; oldest handed in first unless {@code newestFirst}.
 */
public record QueueQuery(Long cohortId, Filter status, Long regionId, String organisation, String assignmentId,
                         boolean newestFirst) implements Serializable {

    public enum Filter { SUBMITTED, LATE, IN_GRADING, RETURNED, GRADED, RELEASED }

    public static QueueQuery all() {
        return new QueueQuery(null, null, null, "", null, false);
    }
}
