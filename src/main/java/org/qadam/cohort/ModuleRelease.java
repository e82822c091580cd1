package org.qadam.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When one module of a cohort opens: on a date, or once the learner has completed the module before it.
 * The first module "on completion" opens with the cohort, on its start date.
 */
@Embeddable
public class ModuleRelease implements Serializable {

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(nullable = false)
    private int position;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "on_completion", nullable = false)
    private boolean onCompletion;

    protected ModuleRelease() {
    }

    private ModuleRelease(String moduleId, int position, LocalDate opensOn, boolean onCompletion) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.position = position;
        this.opensOn = opensOn;
        this.onCompletion = onCompletion;
    }

    public static ModuleRelease onDate(String moduleId, int position, LocalDate opensOn) {
        return new ModuleRelease(moduleId, position, opensOn, false);
    }

    public static ModuleRelease onCompletionOfPrevious(String moduleId, int position) {
        return new ModuleRelease(moduleId, position, null, true);
    }

    /**
     * Whether the module is open for a learner today.
     *
     * @param previousCompleted whether the learner has completed the module before this one
     * @param cohortStart       the cohort's first day: a first module "on completion" opens then
     */
    public boolean isOpen(LocalDate today, boolean previousCompleted, LocalDate cohortStart) {
        if (onCompletion) {
            return position == 0 ? !today.isBefore(cohortStart) : previousCompleted;
        }
        return !today.isBefore(opensOn);
    }

    /** The date the module opens on for everyone, or {@code null} when it waits for the previous module. */
    public LocalDate opensOn(LocalDate cohortStart) {
        if (onCompletion) {
            return position == 0 ? cohortStart : null;
        }
        return opensOn;
    }

    public String moduleId() {
        return moduleId;
    }

    public int position() {
        return position;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public boolean onCompletion() {
        return onCompletion;
    }
}
