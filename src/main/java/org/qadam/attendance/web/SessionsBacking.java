package org.qadam.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.attendance.SessionForm;
import org.qadam.attendance.SessionKind;
import org.qadam.attendance.TrainingSessions;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.cohort.ScheduleEntry;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Backs sessions.xhtml ({@code ?cohort=}): a cohort's face-to-face sessions and a form to schedule one. */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    @Inject
    TrainingSessions sessions;
    @Inject
    Cohorts cohorts;

    private Long cohort;
    private CohortDetails details;
    private List<TrainingSessions.SessionRow> rows = List.of();
    private List<ScheduleEntry> modules = List.of();
    private SessionKind kind = SessionKind.TRAINING;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String moduleId;
    private TrainingSessions.SessionRow editing;

    public void open() {
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        if (details == null) {
            details = cohorts.details(cohort);
            modules = cohorts.schedule(cohort);
            rows = sessions.ofCohort(cohort);
        }
    }

    /** Schedules a new session, or saves the one being edited. */
    public void schedule() {
        try {
            SessionForm form = new SessionForm(kind, title, startsAt, endsAt, place, moduleId);
            if (editing == null) {
                sessions.schedule(cohort, form);
                Feedback.info("sessions.scheduled", title);
            } else {
                sessions.change(editing.id(), editing.version(), form);
                Feedback.info("sessions.changed", title);
            }
            startNew();
            rows = sessions.ofCohort(cohort);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    /** Puts a session's details into the form to change them. */
    public void edit(TrainingSessions.SessionRow row) {
        editing = row;
        kind = row.kind();
        title = row.title();
        startsAt = row.startsAt();
        endsAt = row.endsAt();
        place = row.place();
        moduleId = row.moduleId();
    }

    public void startNew() {
        editing = null;
        kind = SessionKind.TRAINING;
        title = null;
        startsAt = null;
        endsAt = null;
        place = null;
        moduleId = null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
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

    public List<TrainingSessions.SessionRow> getRows() {
        return rows;
    }

    public List<ScheduleEntry> getModules() {
        return modules;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
