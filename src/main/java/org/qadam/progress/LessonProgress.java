package org.qadam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A lesson a learner has marked as done in one enrolment. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress {

    /** The primary key: one row per enrolment and lesson. */
    public static class Key implements Serializable {
        private Long enrolmentId;
        private String lessonId;

        public Key() {
        }

        public Key(Long enrolmentId, String lessonId) {
            this.enrolmentId = enrolmentId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId) && Objects.equals(lessonId, k.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, lessonId);
        }
    }

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "lesson_id", length = 64)
    private String lessonId;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    public LessonProgress(long enrolmentId, String moduleId, String lessonId, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }
}
