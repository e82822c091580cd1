package org.qadam.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A module a learner has completed in one enrolment: the moment its rule was first met. */
@Entity
@Table(name = "module_completion")
@IdClass(ModuleCompletion.Key.class)
public class ModuleCompletion {

    /** The primary key: one row per enrolment and module. */
    public static class Key implements Serializable {
        private Long enrolmentId;
        private String moduleId;

        public Key() {
        }

        public Key(Long enrolmentId, String moduleId) {
            this.enrolmentId = enrolmentId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, moduleId);
        }
    }

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ModuleCompletion() {
    }

    public ModuleCompletion(long enrolmentId, String moduleId, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.completedAt = completedAt;
    }
}
