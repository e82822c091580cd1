package org.qadam.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.assignment.AssignmentSchedule;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs assignments.xhtml ({@code ?cohort=}): a cohort's assignments for its trainers and coordinators,
 * with their dates (moved for the whole cohort here) and the extensions granted to learners or teams.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    @Inject
    AssignmentSchedule schedule;
    @Inject
    Cohorts cohorts;

    private Long cohort;
    private CohortDetails details;
    private List<AssignmentSchedule.Line> lines;
    private List<AssignmentSchedule.ExtensionRow> extensions;

    private String editing;
    private LocalDate due;
    private LocalDate cutOff;

    private String extensionAssignment;
    private AssignmentSchedule.OwnerChoice owner;
    private LocalDate until;
    private String reason;

    public void open() {
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        if (lines == null) {
            details = cohorts.details(cohort);
            reload();
        }
    }

    private void reload() {
        lines = schedule.lines(cohort);
        extensions = schedule.extensions(cohort);
    }

    public void edit(AssignmentSchedule.Line line) {
        editing = line.id();
        due = line.dueOn();
        cutOff = line.cutOffOn();
    }

    public void saveDates() {
        try {
            schedule.setDates(cohort, editing, due, cutOff);
            reload();
            Feedback.info("assignments.datesSaved");
        } catch (QadamException problem) {
            Feedback.error(problem);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void resetDates(AssignmentSchedule.Line line) {
        try {
            schedule.resetDates(cohort, line.id());
            reload();
            Feedback.info("assignments.datesReset");
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public List<AssignmentSchedule.OwnerChoice> completeOwner(String typed) {
        if (extensionAssignment == null) {
            return List.of();
        }
        return schedule.owners(cohort, extensionAssignment, typed);
    }

    public void grant() {
        try {
            schedule.grant(cohort, extensionAssignment, owner == null ? null : owner.key(), until, reason);
            reload();
            Feedback.info("assignments.extensionGranted", owner.label());
            owner = null;
            until = null;
            reason = null;
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void revoke(AssignmentSchedule.ExtensionRow row) {
        try {
            schedule.revoke(cohort, row.id());
            reload();
            Feedback.info("assignments.extensionRevoked");
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public CohortDetails getDetails() {
        return details;
    }

    public List<AssignmentSchedule.Line> getLines() {
        return lines;
    }

    public List<AssignmentSchedule.ExtensionRow> getExtensions() {
        return extensions;
    }

    public String getEditing() {
        return editing;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public void setCutOff(LocalDate cutOff) {
        this.cutOff = cutOff;
    }

    public String getExtensionAssignment() {
        return extensionAssignment;
    }

    public void setExtensionAssignment(String extensionAssignment) {
        this.extensionAssignment = extensionAssignment;
    }

    public AssignmentSchedule.OwnerChoice getOwner() {
        return owner;
    }

    public void setOwner(AssignmentSchedule.OwnerChoice owner) {
        this.owner = owner;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
