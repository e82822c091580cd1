package org.qadam.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A trainer's due and cut-off dates for one assignment in one cohort, in place of the course's day counts. */
@Entity
@Table(name = "assignment_dates")
@IdClass(AssignmentDates.Key.class)
public class AssignmentDates {

    public record Key(Long cohortId, String assignmentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Id
    @Column(name = "assignment_id", length = 64)
    private String assignmentId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "cut_off_on", nullable = false)
    private LocalDate cutOffOn;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected AssignmentDates() {
    }

    public AssignmentDates(long cohortId, String assignmentId) {
        this.cohortId = cohortId;
        this.assignmentId = assignmentId;
    }

    /** Both dates are required and the cut-off may not come before the due date. */
    public void change(LocalDate due, LocalDate cutOff, Instant at, long by) {
        if (due == null || cutOff == null) {
            throw new InvalidInputException("error.assignment.datesRequired");
        }
        if (cutOff.isBefore(due)) {
            throw new InvalidInputException("error.assignment.cutOffBeforeDue");
        }
        this.dueOn = due;
        this.cutOffOn = cutOff;
        this.changedAt = at;
        this.changedBy = by;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String assignmentId() {
        return assignmentId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate cutOffOn() {
        return cutOffOn;
    }
}
