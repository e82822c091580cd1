package org.qadam.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.cohort.ScheduleEntry;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** Backs schedule.xhtml ({@code ?id=}): when each module of a cohort opens, on a date or on completion of the previous. */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

    @Inject
    Cohorts cohorts;

    private Long id;
    private CohortDetails details;
    private List<ScheduleEntry> entries;

    public void open() {
        if (id == null) {
            throw new NotFoundException("error.notFound");
        }
        if (details == null) {
            details = cohorts.details(id);
            entries = cohorts.schedule(id);
        }
    }

    public void save() {
        try {
            cohorts.changeSchedule(id, details.version(), entries);
            Feedback.info("schedule.saved");
            details = cohorts.details(id);
            entries = cohorts.schedule(id);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortDetails getDetails() {
        return details;
    }

    public List<ScheduleEntry> getEntries() {
        return entries;
    }
}
