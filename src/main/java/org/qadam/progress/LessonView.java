package org.qadam.progress;

import org.qadam.curriculum.PublishedCourse.PublishedLesson;
import org.qadam.curriculum.PublishedCourse.PublishedModule;

import java.io.Serializable;

/** A lesson a learner reads in their cohort, with the open lessons before and after it and whether it is done. */
public record LessonView(long cohortId, String courseCode, PublishedModule module, PublishedLesson lesson,
                         PublishedLesson previous, PublishedLesson next, boolean done, boolean canMarkDone)
        implements Serializable {
}
